/* Every C test, once. */
#define ND_C_TESTS(X)                                                                              \
  X(utf8_ascii)                                                                                    \
  X(utf8_multibyte)                                                                                \
  X(utf8_invalid_sequences)                                                                        \
  X(utf8_lone_surrogates_encode)                                                                   \
  X(ascii_prefix_every_position)                                                                   \
  X(to_utf8_string_forms)                                                                          \
  X(uv_error_message)                                                                              \
  X(builtin_table_sorted)                                                                          \
  X(base64_vector_matches_scalar_valid)                                                            \
  X(base64_vector_matches_scalar_odd_characters)                                                   \
  X(base64_vector_matches_scalar_random_bytes)                                                     \
  X(base64_vector_matches_scalar_runs)
