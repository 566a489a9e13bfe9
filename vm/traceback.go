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
// layout, ending with a newline; exception groups print their members in
// CPython's nested boxes.
func formatException(t *runtime.Thread, exc *runtime.Exception) string {
	var b strings.Builder
	p := &excPrinter{t: t, b: &b, seen: map[*runtime.Exception]bool{}}
	p.writeChain(exc)
	return b.String()
}

// Limits of exception group printing (traceback.py's max_group_width and
// max_group_depth).
const (
	maxGroupWidth = 15
	maxGroupDepth = 10
)

// excPrinter is CPython's _ExceptionPrintContext: the nesting depth in
// exception groups, whose lines are indented and carry a left margin.
type excPrinter struct {
	t         *runtime.Thread
	b         *strings.Builder
	seen      map[*runtime.Exception]bool
	depth     int
	needClose bool
}

func (p *excPrinter) indent() string { return strings.Repeat(" ", 2*p.depth) }

// emit writes text (whole lines), each line prefixed by the group margin.
func (p *excPrinter) emit(text string, margin byte) {
	if p.depth == 0 {
		p.b.WriteString(text)
		return
	}
	prefix := p.indent() + string(margin) + " "
	for _, line := range strings.SplitAfter(text, "\n") {
		if line != "" {
			p.b.WriteString(prefix + line)
		}
	}
}

func (p *excPrinter) writeChain(exc *runtime.Exception) {
	p.seen[exc] = true
	switch {
	case exc.Cause != nil && !p.seen[exc.Cause]:
		p.writeChain(exc.Cause)
		p.emit("\nThe above exception was the direct cause of the following exception:\n\n", '|')
	case exc.Context != nil && !exc.SuppressContext && !p.seen[exc.Context]:
		p.writeChain(exc.Context)
		p.emit("\nDuring handling of the above exception, another exception occurred:\n\n", '|')
	}
	members, isGroup := runtime.ExceptionGroupMembers(exc)
	switch {
	case !isGroup:
		var b strings.Builder
		writeTraceback(&b, exc.Traceback)
		b.WriteString(exceptionLine(p.t, exc) + "\n")
		b.WriteString(runtime.ExceptionNotes(p.t, exc))
		p.emit(b.String(), '|')
	case p.depth > maxGroupDepth:
		p.emit("... (max_group_depth is "+strconv.Itoa(maxGroupDepth)+")\n", '|')
	default:
		p.writeGroup(exc, members)
	}
}

// writeGroup is the exception group part of traceback.py's
// TracebackException.format.
func (p *excPrinter) writeGroup(exc *runtime.Exception, members []*runtime.Exception) {
	topLevel := p.depth == 0
	if topLevel {
		p.depth++
	}
	if len(exc.Traceback) > 0 {
		margin := byte('|')
		if topLevel {
			margin = '+'
		}
		p.emit("Exception Group Traceback (most recent call last):\n", margin)
		var b strings.Builder
		writeTraceback(&b, exc.Traceback)
		p.emit(strings.TrimPrefix(b.String(), "Traceback (most recent call last):\n"), '|')
	}
	p.emit(exceptionLine(p.t, exc)+"\n"+runtime.ExceptionNotes(p.t, exc), '|')
	n := len(members)
	if n > maxGroupWidth {
		n = maxGroupWidth + 1
	}
	p.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			p.needClose = true // a nested group may close the box instead
		}
		truncated := i >= maxGroupWidth
		title := strconv.Itoa(i + 1)
		if truncated {
			title = "..."
		}
		corner := "  "
		if i == 0 {
			corner = "+-"
		}
		p.b.WriteString(p.indent() + corner + "+---------------- " + title + " ----------------\n")
		p.depth++
		if truncated {
			more := len(members) - maxGroupWidth
			p.emit("and "+strconv.Itoa(more)+" more exception"+pluralS(more > 1)+"\n", '|')
		} else {
			p.writeChain(members[i])
		}
		if last && p.needClose {
			p.b.WriteString(p.indent() + "+------------------------------------\n")
			p.needClose = false
		}
		p.depth--
	}
	if topLevel {
		p.depth = 0
	}
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
		if line := tracebackLine(e.Filename, e.Line); line != "" {
			b.WriteString("    " + line + "\n")
		}
	}
	flushRepeats()
}

// tracebackLine is the source line a traceback shows under a "File" entry,
// or "" for none. CPython reads it through linecache, which gives nothing
// for a pseudo-file named "<...>" (a -c string is "<string>", a script read
// from stdin and the REPL are "<stdin>"): there is no file to read it from.
// minipy still remembers such sources (its SyntaxErrors show their line,
// as CPython's do from the parser's own copy), so it must skip them here.
func tracebackLine(filename string, n int) string {
	if strings.HasPrefix(filename, "<") && strings.HasSuffix(filename, ">") {
		return ""
	}
	return strings.TrimSpace(lookupSource(filename).line(n))
}

// exceptionLine is the last line of a traceback: "Type: str(exc)", with
// CPython 3.11's "Did you mean" suggestion for names and attributes.
func exceptionLine(t *runtime.Thread, exc *runtime.Exception) string {
	typ := exc.Type()
	name := runtime.QualName(typ)
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
