package runtime

import "strings"

// The method resolution order of a new class: CPython's C3 linearisation
// (Objects/typeobject.c, mro_implementation and pmerge), including the
// exact wording of its errors.

// computeMRO returns the MRO of cls, whose bases are given: cls first, then
// the merge of the bases' MROs and the list of bases itself.
func computeMRO(cls *Type, bases []*Type) ([]*Type, error) {
	for i, b := range bases {
		for _, other := range bases[:i] {
			if other == b {
				return nil, Errorf(TypeErrorType, "duplicate base class %s", b.Name)
			}
		}
	}
	if len(bases) == 1 {
		// The common case needs no merge: the base's MRO is consistent.
		return append([]*Type{cls}, bases[0].MRO...), nil
	}
	toMerge := make([][]*Type, 0, len(bases)+1)
	for _, b := range bases {
		toMerge = append(toMerge, b.MRO)
	}
	toMerge = append(toMerge, bases)
	merged, err := mergeC3(toMerge)
	if err != nil {
		return nil, err
	}
	return append([]*Type{cls}, merged...), nil
}

// mergeC3 is CPython's pmerge: repeatedly take the first head (in list
// order) that appears in no list's tail.
func mergeC3(lists [][]*Type) ([]*Type, error) {
	remain := make([]int, len(lists)) // index of each list's current head
	var out []*Type
	for {
		empty := 0
		progress := false
		for i, list := range lists {
			if remain[i] >= len(list) {
				empty++
				continue
			}
			candidate := list[remain[i]]
			if inSomeTail(lists, remain, candidate) {
				continue
			}
			out = append(out, candidate)
			for j, other := range lists {
				if remain[j] < len(other) && other[remain[j]] == candidate {
					remain[j]++
				}
			}
			progress = true
			break
		}
		if empty == len(lists) {
			return out, nil
		}
		if !progress {
			return nil, mroError(lists, remain)
		}
	}
}

// inSomeTail reports whether typ occurs in the part of a list after its head.
func inSomeTail(lists [][]*Type, remain []int, typ *Type) bool {
	for j, list := range lists {
		for k := remain[j] + 1; k < len(list); k++ {
			if list[k] == typ {
				return true
			}
		}
	}
	return false
}

// mroError names the heads that could not be ordered, as CPython's
// set_mro_error does (each once, in the order the lists give them).
func mroError(lists [][]*Type, remain []int) error {
	var names []string
	seen := map[*Type]bool{}
	for i, list := range lists {
		if remain[i] < len(list) {
			if head := list[remain[i]]; !seen[head] {
				seen[head] = true
				names = append(names, head.Name)
			}
		}
	}
	return Errorf(TypeErrorType, "Cannot create a consistent method resolution\norder (MRO) for bases %s",
		strings.Join(names, ", "))
}
