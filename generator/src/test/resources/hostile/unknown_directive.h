#frobnicate
