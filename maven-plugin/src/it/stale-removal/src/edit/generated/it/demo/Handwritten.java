package it.demo;

/** Not jbindgen's: must survive. */
final class Handwritten {
}
