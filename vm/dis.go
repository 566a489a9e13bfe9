package vm

import "io"

func disassembleAll(w io.Writer, code *Code) {}
