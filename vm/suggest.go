package vm

import (
	"sort"
	"sync"

	"minipy/runtime"
)

// "Did you mean" suggestions, as CPython 3.11's traceback printer appends
// them to NameError and AttributeError messages (Python/suggestions.c):
// the closest candidate by a Levenshtein distance where a case change costs
// less than other edits, and at most a third of the characters may change.
//
// The candidates depend on where the error was raised (the frame's locals
// and globals, or the object), which the printed exception does not carry.
// The vm remembers that context for the last few NameErrors and
// AttributeErrors it raised, in a small ring, so nothing grows with the
// number of errors a program catches.

type suggestionContext struct {
	name    string
	code    *Code         // NameError: the frame's code (its fast locals)
	globals *runtime.Dict // NameError: the frame's globals
	obj     runtime.Value // AttributeError: the object
}

const suggestionRingSize = 16

var suggestionRing struct {
	mu    sync.Mutex
	next  int
	exc   [suggestionRingSize]*runtime.Exception
	items [suggestionRingSize]suggestionContext
}

func rememberSuggestionContext(exc *runtime.Exception, ctx suggestionContext) {
	r := &suggestionRing
	r.mu.Lock()
	r.exc[r.next], r.items[r.next] = exc, ctx
	r.next = (r.next + 1) % suggestionRingSize
	r.mu.Unlock()
}

func lookupSuggestionContext(exc *runtime.Exception) (suggestionContext, bool) {
	r := &suggestionRing
	r.mu.Lock()
	defer r.mu.Unlock()
	for i, e := range r.exc {
		if e == exc {
			return r.items[i], true
		}
	}
	return suggestionContext{}, false
}

// suggestion returns the "Did you mean" name for exc, or "".
func suggestion(t *runtime.Thread, exc *runtime.Exception) string {
	ctx, ok := lookupSuggestionContext(exc)
	if !ok {
		return ""
	}
	switch exc.Type() {
	case runtime.NameErrorType:
		if ctx.code == nil {
			return ""
		}
		if s := closestName(ctx.code.VarNames, ctx.name); s != "" {
			return s
		}
		if s := closestName(dictKeys(ctx.globals), ctx.name); s != "" {
			return s
		}
		return closestName(dictKeys(t.Interp.Builtins), ctx.name)
	case runtime.AttributeErrorType:
		if ctx.obj.IsNull() {
			return ""
		}
		return closestName(attributeNames(ctx.obj), ctx.name)
	}
	return ""
}

func dictKeys(d *runtime.Dict) []string {
	var out []string
	for _, k := range d.Keys() {
		if s, ok := runtime.AsStr(k); ok {
			out = append(out, s)
		}
	}
	return out
}

// attributeNames approximates dir(obj): a module's names, or the names
// along the type's MRO (and a class's own MRO for a class object), sorted.
func attributeNames(obj runtime.Value) []string {
	seen := map[string]bool{}
	add := func(d *runtime.Dict) {
		if d != nil {
			for _, k := range dictKeys(d) {
				seen[k] = true
			}
		}
	}
	switch o := obj.Object().(type) {
	case *runtime.Module:
		add(o.Dict)
	case *runtime.Type:
		for _, m := range o.MRO {
			add(m.Dict)
		}
	case *runtime.Exception:
		add(o.Dict)
	case *runtime.Instance:
		add(o.AttrDict())
	}
	for _, m := range obj.Type().MRO {
		add(m.Dict)
	}
	names := make([]string, 0, len(seen))
	for k := range seen {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

const (
	maxCandidateItems = 750
	maxStringSize     = 40
	moveCost          = 2
	caseCost          = 1
)

// closestName is CPython's calculate_suggestions.
func closestName(candidates []string, name string) string {
	if len(candidates) >= maxCandidateItems {
		return ""
	}
	best, bestDist := "", -1
	for _, item := range candidates {
		if item == name {
			continue
		}
		maxDist := (len(name) + len(item) + 3) * moveCost / 6
		if bestDist >= 0 && bestDist-1 < maxDist {
			maxDist = bestDist - 1
		}
		d := levenshtein(name, item, maxDist)
		if d > maxDist {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = item, d
		}
	}
	return best
}

func substitutionCost(a, b byte) int {
	if a&31 != b&31 {
		return moveCost
	}
	if a == b {
		return 0
	}
	if 'A' <= a && a <= 'Z' {
		a += 'a' - 'A'
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	if a == b {
		return caseCost
	}
	return moveCost
}

// levenshtein is CPython's levenshtein_distance (on UTF-8 bytes, as there),
// giving up with maxCost+1 once the distance must exceed maxCost.
func levenshtein(a, b string, maxCost int) int {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * moveCost
	}
	if len(a) > maxStringSize || len(b) > maxStringSize {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*moveCost > maxCost {
		return maxCost + 1
	}
	var buffer [maxStringSize]int
	for i := range a {
		buffer[i] = (i + 1) * moveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		code := b[bi]
		distance := bi * moveCost
		result = distance
		minimum := -1
		for ai := 0; ai < len(a); ai++ {
			substitute := distance + substitutionCost(code, a[ai])
			distance = buffer[ai]
			insertDelete := min(result, distance) + moveCost
			result = min(insertDelete, substitute)
			buffer[ai] = result
			if minimum < 0 || result < minimum {
				minimum = result
			}
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}
