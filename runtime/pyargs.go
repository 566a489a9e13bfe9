package runtime

import (
	"strconv"
	"strings"
)

// pySignature describes the parameters of a built-in that CPython writes in
// Python (random.Random.randint, ...): its argument errors are worded as for
// a def ("Random.randint() missing 1 required positional argument: 'b'"),
// not as for a C function.
type pySignature struct {
	qualname string   // "Random.randint"
	self     bool     // a method: self is counted in "takes N positional arguments"
	params   []string // positional-or-keyword parameters, in order
	required int      // how many leading params have no default
	kwonly   []string // keyword-only parameters (all with defaults)
}

// bind matches args and kwargs to the parameters: the result has one slot
// per param then per keyword-only param, null where the caller's default
// applies. Errors are CPython's, checked in CPython's order (keywords,
// then the positional count, then missing arguments).
func (s *pySignature) bind(args []Value, kwargs []Kwarg) ([]Value, error) {
	n := len(s.params)
	out := make([]Value, n+len(s.kwonly))
	copy(out, args[:min(len(args), n)])
	for _, kw := range kwargs {
		i := pyIndexOf(s.params, kw.Name)
		if i < 0 {
			if k := pyIndexOf(s.kwonly, kw.Name); k >= 0 {
				out[n+k] = kw.Value
				continue
			}
			return nil, Errorf(TypeErrorType, "%s() got an unexpected keyword argument '%s'", s.qualname, kw.Name)
		}
		if !out[i].IsNull() {
			return nil, Errorf(TypeErrorType, "%s() got multiple values for argument '%s'", s.qualname, kw.Name)
		}
		out[i] = kw.Value
	}
	extra := 0
	if s.self {
		extra = 1
	}
	if len(args) > n {
		most, least, given := n+extra, s.required+extra, len(args)+extra
		takes := countWord(most)
		if least != most {
			takes = "from " + strconv.Itoa(least) + " to " + strconv.Itoa(most) + " arguments"
		}
		takes = strings.Replace(takes, "argument", "positional argument", 1)
		verb := "were"
		if given == 1 {
			verb = "was"
		}
		return nil, Errorf(TypeErrorType, "%s() takes %s but %d %s given", s.qualname, takes, given, verb)
	}
	var missing []string
	for i := 0; i < s.required; i++ {
		if out[i].IsNull() {
			missing = append(missing, "'"+s.params[i]+"'")
		}
	}
	if len(missing) > 0 {
		return nil, Errorf(TypeErrorType, "%s() missing %d required positional argument%s: %s",
			s.qualname, len(missing), plural(len(missing)), pyJoinNames(missing))
	}
	return out, nil
}

// pyJoinNames is CPython's list of missing names: 'a', 'a' and 'b', 'a', 'b', and 'c'.
func pyJoinNames(names []string) string {
	switch len(names) {
	case 1:
		return names[0]
	case 2:
		return names[0] + " and " + names[1]
	}
	return strings.Join(names[:len(names)-1], ", ") + ", and " + names[len(names)-1]
}

func pyIndexOf(names []string, name string) int {
	for i, n := range names {
		if n == name {
			return i
		}
	}
	return -1
}

// argOr returns v, or def when v is null (an omitted argument).
func argOr(v, def Value) Value {
	if v.IsNull() {
		return def
	}
	return v
}
