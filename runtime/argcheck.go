package runtime

import "strconv"

// Argument-count checks of built-in functions and methods. CPython words
// them differently depending on how a function is declared; each helper
// below produces one of those wordings exactly.

// checkArgCount is Argument Clinic's positional check: "get expected at
// most 2 arguments, got 3" (the name without parentheses).
func checkArgCount(name string, n, min, max int) error {
	switch {
	case min == max && n != min:
		return Errorf(TypeErrorType, "%s expected %s, got %d", name, countWord(min), n)
	case n < min:
		return Errorf(TypeErrorType, "%s expected at least %s, got %d", name, countWord(min), n)
	case max >= 0 && n > max:
		return Errorf(TypeErrorType, "%s expected at most %s, got %d", name, countWord(max), n)
	}
	return nil
}

func countWord(n int) string {
	if n == 1 {
		return "1 argument"
	}
	return strconv.Itoa(n) + " arguments"
}

// checkOneArg is the check of a METH_O function: "len() takes exactly one
// argument (0 given)". name includes the owner for methods ("list.append").
func checkOneArg(name string, args []Value, kwargs []Kwarg) error {
	if len(kwargs) > 0 {
		return noKeywords(name)
	}
	if len(args) != 1 {
		return Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", name, len(args))
	}
	return nil
}

// checkNoArgs is the check of a METH_NOARGS method: "list.copy() takes no
// arguments (1 given)".
func checkNoArgs(name string, args []Value, kwargs []Kwarg) error {
	if len(kwargs) > 0 {
		return noKeywords(name)
	}
	if len(args) != 0 {
		return Errorf(TypeErrorType, "%s() takes no arguments (%d given)", name, len(args))
	}
	return nil
}

// noKeywords is "list() takes no keyword arguments".
func noKeywords(name string) error {
	return Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
}

// checkPositional combines noKeywords and checkArgCount.
func checkPositional(name string, args []Value, kwargs []Kwarg, min, max int) error {
	if len(kwargs) > 0 {
		return noKeywords(name)
	}
	return checkArgCount(name, len(args), min, max)
}
