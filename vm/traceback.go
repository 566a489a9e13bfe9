package vm

import (
	"strconv"
	"strings"

	"minipy/runtime"
)

// recursiveCutoff is how many identical consecutive traceback entries are
// printed before "[Previous line repeated N more times]" (CPython's
// _RECURSIVE_CUTOFF).
const recursiveCutoff = 3

// formatException renders exc with its cause/context chain in CPython's
// layout, ending with a newline.
func formatException(t *runtime.Thread, exc *runtime.Exception) string {
	var b strings.Builder
	writeChain(t, &b, exc, map[*runtime.Exception]bool{})
	return b.String()
}

func writeChain(t *runtime.Thread, b *strings.Builder, exc *runtime.Exception, seen map[*runtime.Exception]bool) {
	seen[exc] = true
	switch {
	case exc.Cause != nil && !seen[exc.Cause]:
		writeChain(t, b, exc.Cause, seen)
		b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
	case exc.Context != nil && !exc.SuppressContext && !seen[exc.Context]:
		writeChain(t, b, exc.Context, seen)
		b.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
	}
	writeTraceback(b, exc.Traceback)
	b.WriteString(exceptionLine(t, exc))
	b.WriteByte('\n')
}

// writeTraceback writes the "Traceback (most recent call last):" block,
// collapsing long runs of the same entry as CPython does.
func writeTraceback(b *strings.Builder, tb []runtime.TraceEntry) {
	if len(tb) == 0 {
		return
	}
	b.WriteString("Traceback (most recent call last):\n")
	count := 0
	var last *runtime.TraceEntry
	flushRepeats := func() {
		if count > recursiveCutoff {
			n := count - recursiveCutoff
			b.WriteString("  [Previous line repeated " + strconv.Itoa(n) + " more time" + pluralS(n > 1) + "]\n")
		}
	}
	for i := range tb {
		e := &tb[i]
		if last == nil || *last != *e {
			flushRepeats()
			last, count = e, 0
		}
		count++
		if count > recursiveCutoff {
			continue
		}
		b.WriteString("  File \"" + e.Filename + "\", line " + strconv.Itoa(e.Line) + ", in " + e.Func + "\n")
		if line := strings.TrimSpace(lookupSource(e.Filename).line(e.Line)); line != "" {
			b.WriteString("    " + line + "\n")
		}
	}
	flushRepeats()
}

// exceptionLine is the last line of a traceback: "Type: str(exc)", with
// CPython 3.11's "Did you mean" suggestion for names and attributes.
func exceptionLine(t *runtime.Thread, exc *runtime.Exception) string {
	typ := exc.Type()
	name := typ.Name
	if q, ok := typ.Dict.GetStr("__qualname__"); ok {
		if s, ok := runtime.AsStr(q); ok {
			name = s
		}
	}
	if typ.Module != "" && typ.Module != "builtins" && typ.Module != "__main__" {
		name = typ.Module + "." + name
	}
	msg, err := runtime.StrOf(t, runtime.Obj(exc))
	if err != nil {
		msg = "<exception str() failed>"
	}
	if s := suggestion(t, exc); s != "" {
		msg += ". Did you mean: '" + s + "'?"
	}
	if msg == "" {
		return name
	}
	return name + ": " + msg
}
