// Theme and config loading.
