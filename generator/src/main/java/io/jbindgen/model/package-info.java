/**
 * The immutable model of a C header: positions, comments, types and declarations as records and sealed
 * interfaces. It depends on nothing else in jbindgen, so every stage (parser, layout engine, reports,
 * emitter) can share it, and it knows nothing about targets, Java or Maven.
 */
package io.jbindgen.model;
