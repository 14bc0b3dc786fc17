struct a { char x[sizeof("abc)]; };
