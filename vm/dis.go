package vm

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"minipy/runtime"
)

// The disassembler prints minipy's bytecode in the layout of CPython
// 3.11's dis.dis: the line number at the first instruction of each line, a
// ">>" before jump (and handler) targets, the offset, the padded opcode
// name, the argument and its meaning in parentheses, then the exception
// table, then every nested code object. Offsets count bytes: each
// instruction is one 4-byte word.

const (
	opnameWidth = 20 // CPython's _OPNAME_WIDTH
	opargWidth  = 5  // CPython's _OPARG_WIDTH
	instrSize   = 4  // bytes per instruction
)

// disassembleAll writes code, then each code object among its constants
// (recursively), as dis.dis does for a function or module.
func disassembleAll(w io.Writer, code *Code) {
	disassembleCode(w, code)
	for _, c := range code.Consts {
		if sub, ok := c.Object().(*Code); ok {
			fmt.Fprintf(w, "\nDisassembly of %s:\n", sub.repr())
			disassembleAll(w, sub)
		}
	}
}

// disassembleCode writes the instructions and exception table of one code
// object.
func disassembleCode(w io.Writer, code *Code) {
	targets := map[int]bool{}
	for _, word := range code.Instrs {
		if op := Opcode(word); op.isJump() {
			targets[int(word>>8)] = true
		}
	}
	for _, h := range code.Handlers {
		targets[h.Target] = true
	}
	linenoWidth := 3
	maxLine := 0
	for _, l := range code.Lines {
		maxLine = max(maxLine, int(l))
	}
	if maxLine >= 1000 {
		linenoWidth = len(strconv.Itoa(maxLine))
	}
	offsetWidth := 4
	if maxOffset := (len(code.Instrs) - 1) * instrSize; maxOffset >= 10000 {
		offsetWidth = len(strconv.Itoa(maxOffset))
	}
	lastLine := -1
	for pc, word := range code.Instrs {
		var b strings.Builder
		line := int(code.Lines[pc])
		if line != lastLine {
			if pc > 0 {
				b.WriteString("\n")
			}
			b.WriteString(padLeft(strconv.Itoa(line), linenoWidth))
			lastLine = line
		} else {
			b.WriteString(strings.Repeat(" ", linenoWidth))
		}
		b.WriteString("     ")
		if targets[pc] {
			b.WriteString(">> ")
		} else {
			b.WriteString("   ")
		}
		b.WriteString(padLeft(strconv.Itoa(pc*instrSize), offsetWidth))
		b.WriteString(" ")
		op, arg := Opcode(word), int(word>>8)
		info := opcodeInfo[op]
		if info.arg == argNone {
			b.WriteString(op.String())
		} else {
			b.WriteString(padRight(op.String(), opnameWidth))
			b.WriteString(" ")
			b.WriteString(padLeft(strconv.Itoa(arg), opargWidth))
			if meaning := argMeaning(code, info.arg, arg); meaning != "" {
				b.WriteString(" (" + meaning + ")")
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
	if len(code.Handlers) > 0 {
		fmt.Fprintln(w, "ExceptionTable:")
		for _, h := range code.Handlers {
			fmt.Fprintf(w, "  %d to %d -> %d [%d]\n", h.Start*instrSize, (h.End-1)*instrSize, h.Target*instrSize, h.Depth)
		}
	}
}

// argMeaning is the parenthesised explanation of an argument.
func argMeaning(code *Code, kind argKind, arg int) string {
	switch kind {
	case argConst:
		if c, ok := code.Consts[arg].Object().(*Code); ok {
			return c.repr()
		}
		return runtime.SafeRepr(code.Consts[arg])
	case argName:
		return code.Names[arg]
	case argLocal:
		return code.VarNames[arg]
	case argDeref:
		return code.derefName(arg)
	case argJump:
		return "to " + strconv.Itoa(arg*instrSize)
	case argBinaryOp:
		if arg >= inplaceFlag {
			return runtime.BinaryOp(arg-inplaceFlag).String() + "="
		}
		return runtime.BinaryOp(arg).String()
	case argCompare:
		return runtime.CompareOp(arg).String()
	case argFormat:
		meaning := [...]string{"", "str", "repr", "ascii"}[arg&formatConvMask]
		if arg&formatHaveSpec != 0 {
			if meaning != "" {
				meaning += ", "
			}
			meaning += "with format"
		}
		return meaning
	}
	return ""
}

func padLeft(s string, width int) string {
	if len(s) >= width {
		return s
	}
	return strings.Repeat(" ", width-len(s)) + s
}

func padRight(s string, width int) string {
	if len(s) >= width {
		return s
	}
	return s + strings.Repeat(" ", width-len(s))
}

// The dis module: dis.dis(x) for a function, code object or generator.
func init() {
	runtime.RegisterModule("dis", func(in *runtime.Interpreter) (*runtime.Module, error) {
		m := runtime.NewModule("dis")
		m.AddFunc("dis", disBuiltin)
		return m, nil
	})
}

func disBuiltin(t *runtime.Thread, args []runtime.Value, kwargs []runtime.Kwarg) (runtime.Value, error) {
	var x runtime.Value
	if err := runtime.UnpackArgs("dis", args, kwargs, "x", &x); err != nil {
		return runtime.Value{}, err
	}
	var code *Code
	switch o := x.Object().(type) {
	case *Function:
		code = o.Code
	case *Code:
		code = o
	case *Generator:
		if o.frame == nil {
			return runtime.None, nil
		}
		code = o.frame.code
	case *runtime.BoundMethod:
		if fn, ok := o.Func.Object().(*Function); ok {
			code = fn.Code
		}
	}
	if code == nil {
		return runtime.Value{}, runtime.Errorf(runtime.TypeErrorType,
			"don't know how to disassemble %s objects", x.Type().Name)
	}
	var b strings.Builder
	disassembleAll(&b, code)
	return runtime.None, t.Interp.Stdout.WriteString(b.String())
}
