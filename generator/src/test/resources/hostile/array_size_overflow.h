struct a { char x[0x7fffffffffffffff][16]; };
