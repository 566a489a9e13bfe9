package runtime

import "strings"

// UnpackArgs binds the positional and keyword arguments of a call to a
// built-in to the pointers in pairs, given as name, *Value, name, *Value, ...
// A name ending in "?" is optional (its pointer keeps its old value when the
// argument is absent). fname is used in error messages ("pow() ...").
//
// It covers the common shape of built-ins; functions with unusual signatures
// (print, min/max, range) check their arguments themselves.
func UnpackArgs(fname string, args []Value, kwargs []Kwarg, pairs ...any) error {
	n := len(pairs) / 2
	required := 0
	for i := 0; i < n; i++ {
		if !strings.HasSuffix(pairs[2*i].(string), "?") {
			required++
		}
	}
	if len(args) > n {
		if required == n {
			return Errorf(TypeErrorType, "%s() takes exactly %d argument%s (%d given)", fname, n, plural(n), len(args))
		}
		return Errorf(TypeErrorType, "%s() takes at most %d argument%s (%d given)", fname, n, plural(n), len(args))
	}
	set := make([]bool, n)
	for i, a := range args {
		*pairs[2*i+1].(*Value) = a
		set[i] = true
	}
	for _, kw := range kwargs {
		found := false
		for i := 0; i < n; i++ {
			if strings.TrimSuffix(pairs[2*i].(string), "?") == kw.Name {
				if set[i] {
					return Errorf(TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", fname, kw.Name, i+1)
				}
				*pairs[2*i+1].(*Value) = kw.Value
				set[i] = true
				found = true
				break
			}
		}
		if !found {
			return Errorf(TypeErrorType, "%s() got an unexpected keyword argument '%s'", fname, kw.Name)
		}
	}
	for i := 0; i < n; i++ {
		name := pairs[2*i].(string)
		if !set[i] && !strings.HasSuffix(name, "?") {
			return Errorf(TypeErrorType, "%s() missing required argument '%s' (pos %d)", fname, name, i+1)
		}
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
