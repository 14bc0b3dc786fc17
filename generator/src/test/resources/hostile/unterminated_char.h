enum e { A = 'x };
