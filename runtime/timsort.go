package runtime

// CPython 3.11's list sort (Objects/listobject.c, listsort), ported step
// for step over a permutation of indices: natural runs extended to minrun
// by binary insertion, merged by the powersort strategy with galloping.
// The result of a consistent order is the same under any stable sort, but
// the comparisons made are not: a user __lt__ that prints or counts, or an
// inconsistent order (NaN among floats), shows CPython's exact sequence
// and CPython's result only with CPython's algorithm. On an error the
// array is left as the partial sort left it, a permutation, as CPython
// leaves the list.

// minGallop is MIN_GALLOP.
const minGallop = 7

type sortRun struct {
	base, len int
	power     int
}

type timsort struct {
	a         []int // the indices being sorted
	less      func(x, y int) (bool, error)
	tmp       []int
	minGallop int
	pending   []sortRun
}

// timSort sorts a (indices) by less, as listsort does.
func timSort(a []int, less func(x, y int) (bool, error)) error {
	n := len(a)
	if n < 2 {
		return nil
	}
	ts := &timsort{a: a, less: less, tmp: make([]int, (n+1)/2), minGallop: minGallop}
	minrun := computeMinrun(n)
	lo, remaining := 0, n
	for remaining > 0 {
		run, descending, err := ts.countRun(lo, lo+remaining)
		if err != nil {
			return err
		}
		if descending {
			reverseInts(a[lo : lo+run])
		}
		if run < minrun {
			force := min(remaining, minrun)
			if err := ts.binarySort(lo, lo+force, lo+run); err != nil {
				return err
			}
			run = force
		}
		if err := ts.foundNewRun(run); err != nil {
			return err
		}
		ts.pending = append(ts.pending, sortRun{base: lo, len: run})
		lo += run
		remaining -= run
	}
	for len(ts.pending) > 1 { // merge_force_collapse
		k := len(ts.pending) - 2
		if k > 0 && ts.pending[k-1].len < ts.pending[k+1].len {
			k--
		}
		if err := ts.mergeAt(k); err != nil {
			return err
		}
	}
	return nil
}

func reverseInts(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// computeMinrun is merge_compute_minrun.
func computeMinrun(n int) int {
	r := 0
	for n >= 64 {
		r |= n & 1
		n >>= 1
	}
	return n + r
}

// binarySort sorts a[lo:hi] by binary insertion; a[lo:start] is sorted.
func (ts *timsort) binarySort(lo, hi, start int) error {
	a := ts.a
	if lo == start {
		start++
	}
	for ; start < hi; start++ {
		l, r := lo, start
		pivot := a[r]
		for l < r {
			p := l + (r-l)>>1
			lt, err := ts.less(pivot, a[p])
			if err != nil {
				return err
			}
			if lt {
				r = p
			} else {
				l = p + 1
			}
		}
		copy(a[l+1:start+1], a[l:start])
		a[l] = pivot
	}
	return nil
}

// countRun is count_run: the length of the run at a[lo:hi], ascending
// (a[i] <= a[i+1]) or strictly descending.
func (ts *timsort) countRun(lo, hi int) (int, bool, error) {
	a := ts.a
	lo++
	if lo == hi {
		return 1, false, nil
	}
	n := 2
	lt, err := ts.less(a[lo], a[lo-1])
	if err != nil {
		return 0, false, err
	}
	if lt {
		for lo = lo + 1; lo < hi; lo, n = lo+1, n+1 {
			lt, err := ts.less(a[lo], a[lo-1])
			if err != nil {
				return 0, false, err
			}
			if !lt {
				break
			}
		}
		return n, true, nil
	}
	for lo = lo + 1; lo < hi; lo, n = lo+1, n+1 {
		lt, err := ts.less(a[lo], a[lo-1])
		if err != nil {
			return 0, false, err
		}
		if lt {
			break
		}
	}
	return n, false, nil
}

// gallopLeft is gallop_left: k such that arr[k-1] < key <= arr[k].
func (ts *timsort) gallopLeft(key int, arr []int, hint int) (int, error) {
	n := len(arr)
	lastofs, ofs := 0, 1
	lt, err := ts.less(arr[hint], key)
	if err != nil {
		return 0, err
	}
	if lt {
		maxofs := n - hint
		for ofs < maxofs {
			lt, err := ts.less(arr[hint+ofs], key)
			if err != nil {
				return 0, err
			}
			if !lt {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		if ofs > maxofs {
			ofs = maxofs
		}
		lastofs += hint
		ofs += hint
	} else {
		maxofs := hint + 1
		for ofs < maxofs {
			lt, err := ts.less(arr[hint-ofs], key)
			if err != nil {
				return 0, err
			}
			if lt {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		if ofs > maxofs {
			ofs = maxofs
		}
		lastofs, ofs = hint-ofs, hint-lastofs
	}
	lastofs++
	for lastofs < ofs {
		m := lastofs + (ofs-lastofs)>>1
		lt, err := ts.less(arr[m], key)
		if err != nil {
			return 0, err
		}
		if lt {
			lastofs = m + 1
		} else {
			ofs = m
		}
	}
	return ofs, nil
}

// gallopRight is gallop_right: k such that arr[k-1] <= key < arr[k].
func (ts *timsort) gallopRight(key int, arr []int, hint int) (int, error) {
	n := len(arr)
	lastofs, ofs := 0, 1
	lt, err := ts.less(key, arr[hint])
	if err != nil {
		return 0, err
	}
	if lt {
		maxofs := hint + 1
		for ofs < maxofs {
			lt, err := ts.less(key, arr[hint-ofs])
			if err != nil {
				return 0, err
			}
			if !lt {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		if ofs > maxofs {
			ofs = maxofs
		}
		lastofs, ofs = hint-ofs, hint-lastofs
	} else {
		maxofs := n - hint
		for ofs < maxofs {
			lt, err := ts.less(key, arr[hint+ofs])
			if err != nil {
				return 0, err
			}
			if lt {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		if ofs > maxofs {
			ofs = maxofs
		}
		lastofs += hint
		ofs += hint
	}
	lastofs++
	for lastofs < ofs {
		m := lastofs + (ofs-lastofs)>>1
		lt, err := ts.less(key, arr[m])
		if err != nil {
			return 0, err
		}
		if lt {
			ofs = m
		} else {
			lastofs = m + 1
		}
	}
	return ofs, nil
}

// mergeLo is merge_lo: merges a[pa:pa+na] and a[pb:pb+nb] (pb == pa+na)
// with na <= nb, through a copy of the first run.
func (ts *timsort) mergeLo(pa, na, pb, nb int) (err error) {
	a := ts.a
	tmp := ts.tmp[:na]
	copy(tmp, a[pa:pa+na])
	dest, ia, ib := pa, 0, pb
	// Every exit puts what is left of the first run back (Succeed, Fail);
	// CopyB moves the second run's rest and puts the last A after it.
	copyB := false
	defer func() {
		if copyB {
			copy(a[dest:dest+nb], a[ib:ib+nb])
			a[dest+nb] = tmp[ia]
			return
		}
		if na > 0 {
			copy(a[dest:dest+na], tmp[ia:ia+na])
		}
	}()
	a[dest] = a[ib]
	dest, ib, nb = dest+1, ib+1, nb-1
	if nb == 0 {
		return nil
	}
	if na == 1 {
		copyB = true
		return nil
	}
	mg := ts.minGallop
	for {
		acount, bcount := 0, 0
		for {
			lt, err := ts.less(a[ib], tmp[ia])
			if err != nil {
				return err
			}
			if lt {
				a[dest] = a[ib]
				dest, ib, nb = dest+1, ib+1, nb-1
				bcount++
				acount = 0
				if nb == 0 {
					return nil
				}
				if bcount >= mg {
					break
				}
			} else {
				a[dest] = tmp[ia]
				dest, ia, na = dest+1, ia+1, na-1
				acount++
				bcount = 0
				if na == 1 {
					copyB = true
					return nil
				}
				if acount >= mg {
					break
				}
			}
		}
		mg++
		for {
			if mg > 1 {
				mg--
			}
			ts.minGallop = mg
			k, err := ts.gallopRight(a[ib], tmp[ia:ia+na], 0)
			if err != nil {
				return err
			}
			acount = k
			if k != 0 {
				copy(a[dest:dest+k], tmp[ia:ia+k])
				dest, ia, na = dest+k, ia+k, na-k
				if na == 1 {
					copyB = true
					return nil
				}
				if na == 0 { // only with an inconsistent order
					return nil
				}
			}
			a[dest] = a[ib]
			dest, ib, nb = dest+1, ib+1, nb-1
			if nb == 0 {
				return nil
			}
			k, err = ts.gallopLeft(tmp[ia], a[ib:ib+nb], 0)
			if err != nil {
				return err
			}
			bcount = k
			if k != 0 {
				copy(a[dest:dest+k], a[ib:ib+k])
				dest, ib, nb = dest+k, ib+k, nb-k
				if nb == 0 {
					return nil
				}
			}
			a[dest] = tmp[ia]
			dest, ia, na = dest+1, ia+1, na-1
			if na == 1 {
				copyB = true
				return nil
			}
			if acount < minGallop && bcount < minGallop {
				break
			}
		}
		mg++
		ts.minGallop = mg
	}
}

// mergeHi is merge_hi: as mergeLo with na >= nb, from the right end,
// through a copy of the second run. It mirrors mergeLo line for line, as
// listobject.c's merge_hi mirrors merge_lo: the index arithmetic of the two
// directions differs at every step, and a shared version parameterised by
// direction would no longer read side by side with CPython's.
func (ts *timsort) mergeHi(pa, na, pb, nb int) (err error) {
	a := ts.a
	tmp := ts.tmp[:nb]
	copy(tmp, a[pb:pb+nb])
	dest := pb + nb - 1
	ia := pa + na - 1 // the last of A, in a
	ib := nb - 1      // the last of B, in tmp
	basea := pa
	copyA := false
	defer func() {
		if copyA {
			copy(a[dest+1-na:dest+1], a[ia+1-na:ia+1])
			dest -= na
			a[dest] = tmp[ib]
			return
		}
		if nb > 0 {
			copy(a[dest-(nb-1):dest+1], tmp[:nb])
		}
	}()
	a[dest] = a[ia]
	dest, ia, na = dest-1, ia-1, na-1
	if na == 0 {
		return nil
	}
	if nb == 1 {
		copyA = true
		return nil
	}
	mg := ts.minGallop
	for {
		acount, bcount := 0, 0
		for {
			lt, err := ts.less(tmp[ib], a[ia])
			if err != nil {
				return err
			}
			if lt {
				a[dest] = a[ia]
				dest, ia, na = dest-1, ia-1, na-1
				acount++
				bcount = 0
				if na == 0 {
					return nil
				}
				if acount >= mg {
					break
				}
			} else {
				a[dest] = tmp[ib]
				dest, ib, nb = dest-1, ib-1, nb-1
				bcount++
				acount = 0
				if nb == 1 {
					copyA = true
					return nil
				}
				if bcount >= mg {
					break
				}
			}
		}
		mg++
		for {
			if mg > 1 {
				mg--
			}
			ts.minGallop = mg
			k, err := ts.gallopRight(tmp[ib], a[basea:basea+na], na-1)
			if err != nil {
				return err
			}
			k = na - k
			acount = k
			if k != 0 {
				dest, ia = dest-k, ia-k
				copy(a[dest+1:dest+1+k], a[ia+1:ia+1+k])
				na -= k
				if na == 0 {
					return nil
				}
			}
			a[dest] = tmp[ib]
			dest, ib, nb = dest-1, ib-1, nb-1
			if nb == 1 {
				copyA = true
				return nil
			}
			k, err = ts.gallopLeft(a[ia], tmp[:nb], nb-1)
			if err != nil {
				return err
			}
			k = nb - k
			bcount = k
			if k != 0 {
				dest, ib = dest-k, ib-k
				copy(a[dest+1:dest+1+k], tmp[ib+1:ib+1+k])
				nb -= k
				if nb == 1 {
					copyA = true
					return nil
				}
				if nb == 0 { // only with an inconsistent order
					return nil
				}
			}
			a[dest] = a[ia]
			dest, ia, na = dest-1, ia-1, na-1
			if na == 0 {
				return nil
			}
			if acount < minGallop && bcount < minGallop {
				break
			}
		}
		mg++
		ts.minGallop = mg
	}
}

// mergeAt is merge_at: merges the pending runs i and i+1.
func (ts *timsort) mergeAt(i int) error {
	p := ts.pending
	pa, na := p[i].base, p[i].len
	pb, nb := p[i+1].base, p[i+1].len
	p[i].len = na + nb
	if i == len(p)-3 {
		p[i+1] = p[i+2]
	}
	ts.pending = p[:len(p)-1]
	a := ts.a
	k, err := ts.gallopRight(a[pb], a[pa:pa+na], 0)
	if err != nil {
		return err
	}
	pa, na = pa+k, na-k
	if na == 0 {
		return nil
	}
	nb, err = ts.gallopLeft(a[pa+na-1], a[pb:pb+nb], nb-1)
	if err != nil || nb <= 0 {
		return err
	}
	if na <= nb {
		return ts.mergeLo(pa, na, pb, nb)
	}
	return ts.mergeHi(pa, na, pb, nb)
}

// powerloop is the powersort "power" of the run boundary.
func powerloop(s1, n1, n2, n int) int {
	result := 0
	a := 2*s1 + n1
	b := a + n1 + n2
	for {
		result++
		if a >= n {
			a -= n
			b -= n
		} else if b >= n {
			break
		}
		a <<= 1
		b <<= 1
	}
	return result
}

// foundNewRun is found_new_run: merges the pending runs of greater power
// before a run of length n2 is pushed.
func (ts *timsort) foundNewRun(n2 int) error {
	if len(ts.pending) == 0 {
		return nil
	}
	last := ts.pending[len(ts.pending)-1]
	power := powerloop(last.base, last.len, n2, len(ts.a))
	for len(ts.pending) > 1 && ts.pending[len(ts.pending)-2].power > power {
		if err := ts.mergeAt(len(ts.pending) - 2); err != nil {
			return err
		}
	}
	ts.pending[len(ts.pending)-1].power = power
	return nil
}
