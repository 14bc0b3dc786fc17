#error this header is broken on purpose
