package runtime

import (
	crand "crypto/rand"
	"crypto/sha512"
	"encoding/binary"
	"math"
	"math/big"
	"math/bits"
	"os"
	"sync"
	"time"
)

// The random module: CPython's random.Random over its exact MT19937, so
// that a seeded program draws CPython's numbers. CPython writes most of
// Random in Python (random.py) over a C core; here every method is Go, with
// random.py's algorithms step for step (randrange through
// _randbelow_with_getrandbits, shuffle, sample, choices) and its messages.
// The module-level functions are bound methods of one hidden instance, as
// in CPython.

// RandomType is random.Random.
var RandomType = NewBuiltinType("Random", ObjectType)

// randomObj is a random.Random instance. Its lock makes each method atomic
// when threads share a generator (CPython's C core is atomic under the GIL).
type randomObj struct {
	mu        sync.Mutex
	mt        mt19937
	gaussNext Value // null when there is none
}

// Type implements Object.
func (r *randomObj) Type() *Type { return RandomType }

func init() {
	rt := RandomType
	rt.Module = "random"
	rt.New = randomNew
	rt.Repr = func(t *Thread, v Value) (string, error) { return DefaultRepr(v), nil }
	rt.Hash = func(t *Thread, v Value) (int64, error) { return IdentityHash(v), nil }
	for name, fn := range randomMethods {
		rt.AddMethod(name, fn)
	}
	RegisterModule("random", newRandomModule)
}

var randomMethods = map[string]MethodFunc{
	"seed":            randomSeedMethod,
	"random":          randomRandom,
	"getrandbits":     randomGetrandbits,
	"randbytes":       randomRandbytes,
	"randrange":       randomRandrange,
	"randint":         randomRandint,
	"choice":          randomChoice,
	"choices":         randomChoices,
	"shuffle":         randomShuffle,
	"sample":          randomSample,
	"uniform":         randomUniform,
	"triangular":      randomTriangular,
	"gauss":           randomGauss,
	"normalvariate":   randomNormalvariate,
	"lognormvariate":  randomLognormvariate,
	"expovariate":     randomExpovariate,
	"paretovariate":   randomParetovariate,
	"weibullvariate":  randomWeibullvariate,
	"gammavariate":    randomGammavariate,
	"betavariate":     randomBetavariate,
	"vonmisesvariate": randomVonmisesvariate,
	"getstate":        randomGetstate,
	"setstate":        randomSetstate,
}

func newRandomModule(in *Interpreter) (*Module, error) {
	m := NewModule("random")
	inst := &randomObj{}
	if err := inst.seed(in.MainThread, None); err != nil {
		return nil, err
	}
	self := Obj(inst)
	for name := range randomMethods {
		meth, _ := RandomType.Dict.GetStr(name)
		m.Dict.SetStr(name, Obj(&BoundMethod{Self: self, Func: meth}))
	}
	m.Dict.SetStr("Random", Obj(RandomType))
	return m, nil
}

var randomInitSig = &pySignature{qualname: "Random.__init__", self: true, params: []string{"x"}}

func randomNew(t *Thread, typ *Type, args []Value, kwargs []Kwarg) (Value, error) {
	a, err := randomInitSig.bind(args, kwargs)
	if err != nil {
		return Value{}, err
	}
	r := &randomObj{}
	if err := r.seed(t, argOr(a[0], None)); err != nil {
		return Value{}, err
	}
	return Obj(r), nil
}

func randSelf(v Value) *randomObj { return v.obj.(*randomObj) }

// ---------------------------------------------------------------- seeding

var randomSeedSig = &pySignature{qualname: "Random.seed", self: true, params: []string{"a", "version"}}

func randomSeedMethod(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	a, err := randomSeedSig.bind(args, kwargs)
	if err != nil {
		return Value{}, err
	}
	seed := argOr(a[0], None)
	if v := argOr(a[1], Int(2)); v.IsInt() && v.AsInt() == 1 {
		if s, ok := AsStr(seed); ok {
			seed = seedVersion1(s)
		} else if b, ok := AsBytes(seed); ok {
			seed = seedVersion1(latin1String(b))
		}
	}
	return None, randSelf(self).seed(t, seed)
}

// seedVersion1 is random.py's seed(a, version=1) hash of a str.
func seedVersion1(s string) Value {
	rs := []rune(s)
	var x uint64
	if len(rs) > 0 {
		x = uint64(rs[0]) << 7
	}
	for _, c := range rs {
		x = (1000003 * x) ^ uint64(c)
	}
	x ^= uint64(len(rs))
	return NewBigInt(new(big.Int).SetUint64(x))
}

func latin1String(b []byte) string {
	rs := make([]rune, len(b))
	for i, c := range b {
		rs[i] = rune(c)
	}
	return string(rs)
}

// seed is Random.seed(a) for version 2: None draws from the OS, an int
// seeds with its absolute value, str/bytes with the int of their bytes plus
// their SHA-512, other hashables (floats) with their hash.
func (r *randomObj) seed(t *Thread, a Value) error {
	var key []uint32
	switch {
	case a.IsNone():
		key = urandomKey()
	case IsIntegral(a):
		n, _ := toBig(a)
		key = bigToWords(new(big.Int).Abs(n))
	default:
		var data []byte
		if s, ok := AsStr(a); ok {
			data = []byte(s)
		} else if b, ok := AsBytes(a); ok {
			data = b
		}
		if data != nil {
			sum := sha512.Sum512(data)
			n := new(big.Int).SetBytes(append(append([]byte(nil), data...), sum[:]...))
			key = bigToWords(n)
			break
		}
		if !a.IsFloat() {
			return Errorf(TypeErrorType, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
		}
		h, err := Hash(t, a)
		if err != nil {
			return err
		}
		key = bigToWords(new(big.Int).SetUint64(uint64(h)))
	}
	r.mu.Lock()
	r.mt.initByArray(key)
	r.gaussNext = Value{}
	r.mu.Unlock()
	return nil
}

// bigToWords splits n >= 0 into 32-bit words, least significant first (at
// least one word), as CPython's random_seed does.
func bigToWords(n *big.Int) []uint32 {
	b := n.Bytes() // big-endian
	words := make([]uint32, (len(b)+3)/4)
	if len(words) == 0 {
		return []uint32{0}
	}
	for i := 0; i < len(b); i++ {
		byteIndex := len(b) - 1 - i // i-th least significant byte
		words[i/4] |= uint32(b[byteIndex]) << (8 * uint(i%4))
	}
	return words
}

// urandomKey is the key CPython uses for seed(None): N words from the OS,
// or the time and pid if the OS has none.
func urandomKey() []uint32 {
	buf := make([]byte, 4*mtN)
	if _, err := crand.Read(buf); err != nil {
		now := uint64(time.Now().UnixNano())
		return []uint32{uint32(now), uint32(now >> 32), uint32(os.Getpid())}
	}
	key := make([]uint32, mtN)
	for i := range key {
		key[i] = binary.LittleEndian.Uint32(buf[4*i:])
	}
	return key
}

// ---------------------------------------------------------------- core draws

func randomRandom(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkNoArgs("Random.random", args, kwargs); err != nil {
		return Value{}, err
	}
	return Float(randSelf(self).float()), nil
}

func (r *randomObj) float() float64 {
	r.mu.Lock()
	f := r.mt.float64()
	r.mu.Unlock()
	return f
}

func randomGetrandbits(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkOneArg("Random.getrandbits", args, kwargs); err != nil {
		return Value{}, err
	}
	k, err := AsIndex(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if k < 0 {
		return Value{}, Errorf(ValueErrorType, "number of bits must be non-negative")
	}
	return randSelf(self).getrandbits(int(k)), nil
}

// getrandbits is C's random_getrandbits: k bits, drawn 32 at a time from
// the least significant word up, the last word keeping its high bits.
func (r *randomObj) getrandbits(k int) Value {
	r.mu.Lock()
	defer r.mu.Unlock()
	if k <= 63 {
		return Int(int64(r.bits64(k)))
	}
	return NewBigInt(r.bitsBig(k))
}

// bits64 draws k <= 64 bits (the caller holds the lock).
func (r *randomObj) bits64(k int) uint64 {
	switch {
	case k == 0:
		return 0
	case k <= 32:
		return uint64(r.mt.uint32() >> (32 - k))
	}
	lo := uint64(r.mt.uint32())
	hi := uint64(r.mt.uint32() >> (64 - k))
	return lo | hi<<32
}

// bitsBig draws k bits as a big.Int (the caller holds the lock).
func (r *randomObj) bitsBig(k int) *big.Int {
	words := (k-1)/32 + 1
	buf := make([]byte, 4*words)
	for i := 0; i < words; i, k = i+1, k-32 {
		w := r.mt.uint32()
		if k < 32 {
			w >>= 32 - k
		}
		// big-endian buffer: word i goes at the end minus i words
		binary.BigEndian.PutUint32(buf[4*(words-1-i):], w)
	}
	return new(big.Int).SetBytes(buf)
}

func randomRandbytes(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkOneArg("Random.randbytes", args, kwargs); err != nil {
		return Value{}, err
	}
	n, err := AsIndex(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if n < 0 {
		return Value{}, Errorf(ValueErrorType, "number of bits must be non-negative")
	}
	if n == 0 {
		return NewBytes(nil), nil
	}
	r := randSelf(self)
	r.mu.Lock()
	x := r.bitsBig(int(n) * 8)
	r.mu.Unlock()
	be := x.FillBytes(make([]byte, n)) // to_bytes(n, 'little'): reverse the big-endian form
	for i, j := 0, len(be)-1; i < j; i, j = i+1, j-1 {
		be[i], be[j] = be[j], be[i]
	}
	return NewBytes(be), nil
}

// below is _randbelow_with_getrandbits(n) for 0 < n.
func (r *randomObj) below(n int64) int64 {
	k := bits.Len64(uint64(n))
	r.mu.Lock()
	defer r.mu.Unlock()
	for {
		if x := int64(r.bits64(k)); x < n {
			return x
		}
	}
}

// belowBig is _randbelow_with_getrandbits(n) for a big n > 0.
func (r *randomObj) belowBig(n *big.Int) *big.Int {
	k := n.BitLen()
	r.mu.Lock()
	defer r.mu.Unlock()
	for {
		if x := r.bitsBig(k); x.Cmp(n) < 0 {
			return x
		}
	}
}

// ---------------------------------------------------------------- integers

var (
	randrangeSig = &pySignature{qualname: "Random.randrange", self: true, params: []string{"start", "stop", "step"}, required: 1}
	randintSig   = &pySignature{qualname: "Random.randint", self: true, params: []string{"a", "b"}, required: 2}
)

func randomRandrange(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	a, err := randrangeSig.bind(args, kwargs)
	if err != nil {
		return Value{}, err
	}
	return randSelf(self).randrange(t, a[0], a[1], a[2])
}

func randomRandint(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	a, err := randintSig.bind(args, kwargs)
	if err != nil {
		return Value{}, err
	}
	stop, err := Binary(t, OpAdd, a[1], Int(1))
	if err != nil {
		return Value{}, err
	}
	return randSelf(self).randrange(t, a[0], stop, Value{})
}

// randrangeArg is random.py's conversion of a randrange argument: an index,
// or an integral float (deprecated), else ValueError.
func randrangeArg(t *Thread, v Value, what string) (*big.Int, error) {
	if IsIntegral(v) {
		n, _ := toBig(v)
		return n, nil
	}
	if i, ok, err := indexDunder(t, v); ok || err != nil {
		return big.NewInt(i), err
	}
	iv, err := Call(t, Obj(IntType), []Value{v}, nil)
	if err != nil {
		return nil, err
	}
	if eq, err := Equal(t, iv, v); err != nil || !eq {
		if err != nil {
			return nil, err
		}
		return nil, Errorf(ValueErrorType, "non-integer %s for randrange()", what)
	}
	n, _ := toBig(iv)
	return n, nil
}

// randrange is Random.randrange with null stop/step for omitted arguments.
func (r *randomObj) randrange(t *Thread, start, stop, step Value) (Value, error) {
	// The common case, randrange(n) and randint(a, b) on machine ints.
	if start.IsInt() && (stop.IsNull() || stop.IsNone() || stop.IsInt()) && step.IsNull() {
		a := start.AsInt()
		if stop.IsNull() || stop.IsNone() {
			if a > 0 {
				return Int(r.below(a)), nil
			}
			return Value{}, Errorf(ValueErrorType, "empty range for randrange()")
		}
		b := stop.AsInt()
		if width := b - a; (b >= a) == (width >= 0) { // no overflow
			if width > 0 {
				return Int(a + r.below(width)), nil
			}
			return Value{}, Errorf(ValueErrorType, "empty range for randrange() (%d, %d, %d)", a, b, width)
		}
	}
	istart, err := randrangeArg(t, start, "arg 1")
	if err != nil {
		return Value{}, err
	}
	if stop.IsNull() || stop.IsNone() {
		if !step.IsNull() {
			return Value{}, Errorf(TypeErrorType, "Missing a non-None stop argument")
		}
		if istart.Sign() > 0 {
			return NewBigInt(r.belowBig(istart)), nil
		}
		return Value{}, Errorf(ValueErrorType, "empty range for randrange()")
	}
	istop, err := randrangeArg(t, stop, "stop")
	if err != nil {
		return Value{}, err
	}
	width := new(big.Int).Sub(istop, istart)
	istep := big.NewInt(1)
	if !step.IsNull() {
		if istep, err = randrangeArg(t, step, "step"); err != nil {
			return Value{}, err
		}
	}
	if istep.IsInt64() && istep.Int64() == 1 {
		if width.Sign() > 0 {
			return NewBigInt(new(big.Int).Add(istart, r.belowBig(width))), nil
		}
		return Value{}, Errorf(ValueErrorType, "empty range for randrange() (%s, %s, %s)", istart, istop, width)
	}
	var n *big.Int
	switch istep.Sign() {
	case 1: // n = (width + istep - 1) // istep
		n = floorDivBig(new(big.Int).Sub(new(big.Int).Add(width, istep), big.NewInt(1)), istep)
	case -1: // n = (width + istep + 1) // istep
		n = floorDivBig(new(big.Int).Add(new(big.Int).Add(width, istep), big.NewInt(1)), istep)
	default:
		return Value{}, Errorf(ValueErrorType, "zero step for randrange()")
	}
	if n.Sign() <= 0 {
		return Value{}, Errorf(ValueErrorType, "empty range for randrange()")
	}
	off := new(big.Int).Mul(istep, r.belowBig(n))
	return NewBigInt(off.Add(off, istart)), nil
}

// floorDivBig is Python's a // b.
func floorDivBig(a, b *big.Int) *big.Int {
	q, m := new(big.Int).QuoRem(a, b, new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
	}
	return q
}

// randBelowInt is self._randbelow(n) for a Python length n > 0.
func (r *randomObj) randBelowInt(n int) int { return int(r.below(int64(n))) }

// ---------------------------------------------------------------- sequences

func randomChoice(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	a, err := (&pySignature{qualname: "Random.choice", self: true, params: []string{"seq"}, required: 1}).bind(args, kwargs)
	if err != nil {
		return Value{}, err
	}
	n, err := Len(t, a[0])
	if err != nil {
		return Value{}, err
	}
	if n == 0 {
		return Value{}, Errorf(IndexErrorType, "Cannot choose from an empty sequence")
	}
	return GetItem(t, a[0], Int(int64(randSelf(self).randBelowInt(n))))
}

func randomShuffle(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	a, err := (&pySignature{qualname: "Random.shuffle", self: true, params: []string{"x"}, required: 1}).bind(args, kwargs)
	if err != nil {
		return Value{}, err
	}
	x := a[0]
	n, err := Len(t, x)
	if err != nil {
		return Value{}, err
	}
	r := randSelf(self)
	for i := n - 1; i >= 1; i-- {
		j := r.randBelowInt(i + 1)
		xi, err := GetItem(t, x, Int(int64(i)))
		if err != nil {
			return Value{}, err
		}
		xj, err := GetItem(t, x, Int(int64(j)))
		if err != nil {
			return Value{}, err
		}
		if err := SetItem(t, x, Int(int64(i)), xj); err != nil {
			return Value{}, err
		}
		if err := SetItem(t, x, Int(int64(j)), xi); err != nil {
			return Value{}, err
		}
	}
	return None, nil
}

var sampleSig = &pySignature{qualname: "Random.sample", self: true, params: []string{"population", "k"}, required: 2, kwonly: []string{"counts"}}

func randomSample(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	a, err := sampleSig.bind(args, kwargs)
	if err != nil {
		return Value{}, err
	}
	population, counts := a[0], argOr(a[2], None)
	typ := population.Type()
	if typ.GetItem == nil || typ.Len == nil || DictType.IsSubtype(typ) {
		return Value{}, Errorf(TypeErrorType, "Population must be a sequence.  For dicts or sets, use sorted(d).")
	}
	n, err := Len(t, population)
	if err != nil {
		return Value{}, err
	}
	k, err := AsIndex(t, a[1])
	if err != nil {
		return Value{}, err
	}
	r := randSelf(self)
	if !counts.IsNone() {
		return r.sampleCounts(t, population, n, counts, k)
	}
	if k < 0 || k > int64(n) {
		return Value{}, Errorf(ValueErrorType, "Sample larger than population or is negative")
	}
	picks := r.samplePositions(n, int(k))
	result := make([]Value, len(picks.idx))
	if picks.fromPool {
		pool, err := sequenceItems(t, population)
		if err != nil {
			return Value{}, err
		}
		pool = append([]Value(nil), pool...)
		for i, j := range picks.idx {
			result[i] = pool[j]
			pool[j] = pool[n-i-1] // move the non-selected item into the vacancy
		}
		return Obj(NewList(result)), nil
	}
	for i, j := range picks.idx {
		if result[i], err = GetItem(t, population, Int(int64(j))); err != nil {
			return Value{}, err
		}
	}
	return Obj(NewList(result)), nil
}

// samplePicks is the outcome of random.py's sample algorithm over n
// positions: with fromPool, idx are positions in a shrinking pool (the pool
// algorithm); otherwise they are positions in the population.
type samplePicks struct {
	idx      []int
	fromPool bool
}

// samplePositions draws the positions of sample(population, k) exactly as
// random.py does, choosing between its pool and set algorithms by the
// same size rule.
func (r *randomObj) samplePositions(n, k int) samplePicks {
	setsize := 21
	if k > 5 {
		// 4 ** ceil(log(k * 3, 4)), with math.log's rounding
		c := math.Ceil(crLog(float64(k*3)) / crLog(4))
		setsize += 1 << (2 * uint(c))
	}
	picks := samplePicks{idx: make([]int, k)}
	if n <= setsize {
		picks.fromPool = true
		for i := 0; i < k; i++ {
			picks.idx[i] = r.randBelowInt(n - i)
		}
		return picks
	}
	selected := make(map[int]bool, k)
	for i := 0; i < k; i++ {
		j := r.randBelowInt(n)
		for selected[j] {
			j = r.randBelowInt(n)
		}
		selected[j] = true
		picks.idx[i] = j
	}
	return picks
}

// sampleCounts is sample(population, k, counts=...): a sample of
// range(total) mapped back through the cumulative counts.
func (r *randomObj) sampleCounts(t *Thread, population Value, n int, counts Value, k int64) (Value, error) {
	cum, err := accumulateValues(t, counts)
	if err != nil {
		return Value{}, err
	}
	if len(cum) != n {
		return Value{}, Errorf(ValueErrorType, "The number of counts does not match the population")
	}
	total := cum[len(cum)-1]
	cum = cum[:len(cum)-1]
	if !IsIntegral(total) {
		return Value{}, Errorf(TypeErrorType, "Counts must be integers")
	}
	if c, _ := numCmp(total, Int(0)); c <= 0 {
		return Value{}, Errorf(ValueErrorType, "Total of counts must be greater than zero")
	}
	tot, err := AsIndex(t, total)
	if err != nil {
		return Value{}, err
	}
	if k < 0 || k > tot {
		return Value{}, Errorf(ValueErrorType, "Sample larger than population or is negative")
	}
	picks := r.samplePositions(int(tot), int(k))
	result := make([]Value, k)
	pool := []int(nil)
	if picks.fromPool {
		pool = make([]int, tot)
		for i := range pool {
			pool[i] = i
		}
	}
	for i, j := range picks.idx {
		s := j
		if picks.fromPool {
			s = pool[j]
			pool[j] = pool[int(tot)-i-1]
		}
		pos, err := bisectRight(t, cum, Int(int64(s)), len(cum))
		if err != nil {
			return Value{}, err
		}
		if result[i], err = GetItem(t, population, Int(int64(pos))); err != nil {
			return Value{}, err
		}
	}
	return Obj(NewList(result)), nil
}

// accumulateValues is list(itertools.accumulate(iterable)).
func accumulateValues(t *Thread, iterable Value) ([]Value, error) {
	var out []Value
	err := forEach(t, iterable, func(x Value) error {
		if len(out) > 0 {
			s, err := Binary(t, OpAdd, out[len(out)-1], x)
			if err != nil {
				return err
			}
			x = s
		}
		out = append(out, x)
		return nil
	})
	return out, err
}

// bisectRight is bisect.bisect_right(a, x, 0, hi).
func bisectRight(t *Thread, a []Value, x Value, hi int) (int, error) {
	lo := 0
	for lo < hi {
		mid := (lo + hi) / 2
		less, err := RichCompare(t, x, a[mid], LT)
		if err != nil {
			return 0, err
		}
		if b, err := Truth(t, less); err != nil {
			return 0, err
		} else if b {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}

var choicesSig = &pySignature{qualname: "Random.choices", self: true, params: []string{"population", "weights"}, required: 1, kwonly: []string{"cum_weights", "k"}}

func randomChoices(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	a, err := choicesSig.bind(args, kwargs)
	if err != nil {
		return Value{}, err
	}
	population, weights, cumWeights := a[0], argOr(a[1], None), argOr(a[2], None)
	kv := argOr(a[3], Int(1))
	r := randSelf(self)
	n, err := Len(t, population)
	if err != nil {
		return Value{}, err
	}
	k, err := choicesCount(t, kv)
	if err != nil {
		return Value{}, err
	}
	if cumWeights.IsNone() {
		if weights.IsNone() {
			result := make([]Value, k)
			for i := range result {
				idx := math.Floor(r.float() * float64(n))
				if result[i], err = GetItem(t, population, Int(int64(idx))); err != nil {
					return Value{}, err
				}
			}
			return Obj(NewList(result)), nil
		}
		cum, err := accumulateValues(t, weights)
		if err != nil {
			if IsIntegral(weights) {
				return Value{}, Errorf(TypeErrorType, "The number of choices must be a keyword argument: k=%s", SafeRepr(weights))
			}
			return Value{}, err
		}
		cumWeights = Obj(NewList(cum))
	} else if !weights.IsNone() {
		return Value{}, Errorf(TypeErrorType, "Cannot specify both weights and cumulative weights")
	}
	cum, err := sequenceItems(t, cumWeights)
	if err != nil {
		return Value{}, err
	}
	if len(cum) != n {
		return Value{}, Errorf(ValueErrorType, "The number of weights does not match the population")
	}
	totalV, err := Binary(t, OpAdd, cum[len(cum)-1], Float(0))
	if err != nil {
		return Value{}, err
	}
	total, ok := floatValue(totalV)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "must be real number, not %s", TypeName(totalV))
	}
	if total <= 0 {
		return Value{}, Errorf(ValueErrorType, "Total of weights must be greater than zero")
	}
	if math.IsInf(total, 0) || math.IsNaN(total) {
		return Value{}, Errorf(ValueErrorType, "Total of weights must be finite")
	}
	result := make([]Value, k)
	for i := range result {
		pos, err := bisectRight(t, cum, Float(r.float()*total), n-1)
		if err != nil {
			return Value{}, err
		}
		if result[i], err = GetItem(t, population, Int(int64(pos))); err != nil {
			return Value{}, err
		}
	}
	return Obj(NewList(result)), nil
}

// choicesCount is the k of choices(): `for i in _repeat(None, k)` accepts
// any index and treats a negative one as zero.
func choicesCount(t *Thread, kv Value) (int, error) {
	if kv.IsFloat() {
		return 0, Errorf(TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	k, err := AsIndex(t, kv)
	if err != nil {
		return 0, err
	}
	if k < 0 {
		k = 0
	}
	return int(k), nil
}

// floatValue is a float or int as a float64.
func floatValue(v Value) (float64, bool) {
	switch {
	case v.IsFloat():
		return v.AsFloat(), true
	case v.IsInt() || v.IsBool():
		return float64(v.AsInt()), true
	}
	if b, ok := v.obj.(*BigInt); ok {
		f, _ := new(big.Float).SetInt(b.v).Float64()
		return f, true
	}
	return 0, false
}

// ---------------------------------------------------------------- distributions

// arith evaluates a small expression of Python numbers with Python's rules
// (int and float mixing, errors), as random.py's formulas do.
type arith struct {
	t   *Thread
	err error
}

func (a *arith) op(op BinaryOp, x, y Value) Value {
	if a.err != nil {
		return None
	}
	r, err := Binary(a.t, op, x, y)
	a.err = err
	return r
}

var uniformSig = &pySignature{qualname: "Random.uniform", self: true, params: []string{"a", "b"}, required: 2}

func randomUniform(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	p, err := uniformSig.bind(args, kwargs)
	if err != nil {
		return Value{}, err
	}
	a, b := p[0], p[1]
	if a.IsFloat() && b.IsFloat() { // a + (b - a) * random()
		x, y := a.AsFloat(), b.AsFloat()
		return Float(x + (y-x)*randSelf(self).float()), nil
	}
	ar := &arith{t: t}
	v := ar.op(OpAdd, a, ar.op(OpMul, ar.op(OpSub, b, a), Float(randSelf(self).float())))
	return v, ar.err
}

var triangularSig = &pySignature{qualname: "Random.triangular", self: true, params: []string{"low", "high", "mode"}}

func randomTriangular(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	p, err := triangularSig.bind(args, kwargs)
	if err != nil {
		return Value{}, err
	}
	low, high, mode := argOr(p[0], Float(0)), argOr(p[1], Float(1)), argOr(p[2], None)
	u := randSelf(self).float()
	ar := &arith{t: t}
	c := Float(0.5)
	if !mode.IsNone() {
		c = ar.op(OpTrueDiv, ar.op(OpSub, mode, low), ar.op(OpSub, high, low))
		if ar.err != nil && AsException(ar.err).Matches(ZeroDivisionErrorType) {
			return low, nil
		}
	}
	if ar.err != nil {
		return Value{}, ar.err
	}
	if gt, err := RichCompare(t, Float(u), c, GT); err != nil {
		return Value{}, err
	} else if b, _ := Truth(t, gt); b {
		u = 1 - u
		c = ar.op(OpSub, Float(1), c)
		low, high = high, low
	}
	cf, ok := floatValue(c)
	if !ok && ar.err == nil {
		return Value{}, Errorf(TypeErrorType, "must be real number, not %s", TypeName(c))
	}
	v := ar.op(OpAdd, low, ar.op(OpMul, ar.op(OpSub, high, low), Float(math.Sqrt(u*cf))))
	return v, ar.err
}

// musigma binds (mu=0.0, sigma=1.0) style parameters.
func musigma(sig *pySignature, args []Value, kwargs []Kwarg) (Value, Value, error) {
	p, err := sig.bind(args, kwargs)
	if err != nil {
		return Value{}, Value{}, err
	}
	return argOr(p[0], Float(0)), argOr(p[1], Float(1)), nil
}

var (
	gaussSig     = &pySignature{qualname: "Random.gauss", self: true, params: []string{"mu", "sigma"}}
	normalSig    = &pySignature{qualname: "Random.normalvariate", self: true, params: []string{"mu", "sigma"}}
	lognormalSig = &pySignature{qualname: "Random.lognormvariate", self: true, params: []string{"mu", "sigma"}, required: 2}
)

// shift is mu + z * sigma.
func shift(t *Thread, mu, sigma Value, z float64) (Value, error) {
	ar := &arith{t: t}
	v := ar.op(OpAdd, mu, ar.op(OpMul, Float(z), sigma))
	return v, ar.err
}

func randomGauss(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	mu, sigma, err := musigma(gaussSig, args, kwargs)
	if err != nil {
		return Value{}, err
	}
	r := randSelf(self)
	r.mu.Lock()
	zv := r.gaussNext
	r.gaussNext = Value{}
	var z float64
	if zv.IsNull() {
		x2pi := r.mt.float64() * (2 * math.Pi)
		g2rad := math.Sqrt(-2.0 * crLog(1.0-r.mt.float64()))
		sin, cos := crSinCos(x2pi)
		z = cos * g2rad
		r.gaussNext = Float(sin * g2rad)
	} else {
		z = zv.AsFloat()
	}
	r.mu.Unlock()
	return shift(t, mu, sigma, z)
}

// nvMagicConst is random.py's NV_MAGICCONST, 4 * exp(-0.5) / sqrt(2.0).
var nvMagicConst = 4 * crExp(-0.5) / math.Sqrt(2.0)

func (r *randomObj) normal() float64 {
	for {
		u1 := r.float()
		u2 := 1.0 - r.float()
		z := nvMagicConst * (u1 - 0.5) / u2
		if zz := z * z / 4.0; zz <= -crLog(u2) {
			return z
		}
	}
}

func randomNormalvariate(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	mu, sigma, err := musigma(normalSig, args, kwargs)
	if err != nil {
		return Value{}, err
	}
	return shift(t, mu, sigma, randSelf(self).normal())
}

func randomLognormvariate(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	mu, sigma, err := musigma(lognormalSig, args, kwargs)
	if err != nil {
		return Value{}, err
	}
	v, err := shift(t, mu, sigma, randSelf(self).normal())
	if err != nil {
		return Value{}, err
	}
	f, ok := floatValue(v)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "must be real number, not %s", TypeName(v))
	}
	e := crExp(f)
	if math.IsInf(e, 0) {
		return Value{}, errMathRange()
	}
	return Float(e), nil
}

// oneFloatParam binds a method's single required float parameter.
func oneFloatParam(qualname, param string, args []Value, kwargs []Kwarg) (float64, error) {
	p, err := (&pySignature{qualname: qualname, self: true, params: []string{param}, required: 1}).bind(args, kwargs)
	if err != nil {
		return 0, err
	}
	f, ok := floatValue(p[0])
	if !ok {
		return 0, Errorf(TypeErrorType, "must be real number, not %s", TypeName(p[0]))
	}
	return f, nil
}

func randomExpovariate(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	lambd, err := oneFloatParam("Random.expovariate", "lambd", args, kwargs)
	if err != nil {
		return Value{}, err
	}
	if lambd == 0 {
		return Value{}, Errorf(ZeroDivisionErrorType, "float division by zero")
	}
	return Float(-crLog(1.0-randSelf(self).float()) / lambd), nil
}

func randomParetovariate(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	alpha, err := oneFloatParam("Random.paretovariate", "alpha", args, kwargs)
	if err != nil {
		return Value{}, err
	}
	u := 1.0 - randSelf(self).float()
	r, err := floatPow(u, -1.0/alpha)
	return r, err
}

var weibullSig = &pySignature{qualname: "Random.weibullvariate", self: true, params: []string{"alpha", "beta"}, required: 2}

func randomWeibullvariate(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	p, err := weibullSig.bind(args, kwargs)
	if err != nil {
		return Value{}, err
	}
	alpha, ok1 := floatValue(p[0])
	beta, ok2 := floatValue(p[1])
	if !ok1 || !ok2 {
		return Value{}, Errorf(TypeErrorType, "must be real number")
	}
	u := 1.0 - randSelf(self).float()
	pw, err := floatPow(-crLog(u), 1.0/beta)
	if err != nil {
		return Value{}, err
	}
	return Float(alpha * pw.AsFloat()), nil
}

// twoFloatParams binds a method's two required float parameters. random.py
// first compares them with a float (alpha <= 0.0), so a non-number fails
// with the comparison's TypeError.
func twoFloatParams(qualname, p1, p2 string, args []Value, kwargs []Kwarg) (float64, float64, error) {
	p, err := (&pySignature{qualname: qualname, self: true, params: []string{p1, p2}, required: 2}).bind(args, kwargs)
	if err != nil {
		return 0, 0, err
	}
	var xy [2]float64
	for i := range xy {
		f, ok := floatValue(p[i])
		if !ok {
			return 0, 0, Errorf(TypeErrorType, "'<=' not supported between instances of '%s' and 'float'", TypeName(p[i]))
		}
		xy[i] = f
	}
	return xy[0], xy[1], nil
}

// Constants of random.py.
var (
	log4         = crLog(4.0)
	sgMagicConst = 1.0 + crLog(4.5)
)

// gamma is random.py's gammavariate, step for step (same draws).
func (r *randomObj) gamma(alpha, beta float64) (float64, error) {
	if alpha <= 0.0 || beta <= 0.0 {
		return 0, Errorf(ValueErrorType, "gammavariate: alpha and beta must be > 0.0")
	}
	pow := func(x, y float64) (float64, error) {
		v, err := floatPow(x, y)
		if err != nil {
			return 0, err
		}
		return v.AsFloat(), nil
	}
	switch {
	case alpha > 1.0:
		ainv := math.Sqrt(2.0*alpha - 1.0)
		bbb := alpha - log4
		ccc := alpha + ainv
		for {
			u1 := r.float()
			if !(1e-7 < u1 && u1 < 0.9999999) {
				continue
			}
			u2 := 1.0 - r.float()
			v := crLog(u1/(1.0-u1)) / ainv
			x := alpha * crExp(v)
			z := u1 * u1 * u2
			rr := bbb + ccc*v - x
			if rr+sgMagicConst-4.5*z >= 0.0 || rr >= crLog(z) {
				return x * beta, nil
			}
		}
	case alpha == 1.0:
		return -crLog(1.0-r.float()) * beta, nil
	}
	for {
		u := r.float()
		b := (math.E + alpha) / math.E
		p := b * u
		var x float64
		var err error
		if p <= 1.0 {
			if x, err = pow(p, 1.0/alpha); err != nil {
				return 0, err
			}
		} else {
			x = -crLog((b - p) / alpha)
		}
		u1 := r.float()
		if p > 1.0 {
			xa, err := pow(x, alpha-1.0)
			if err != nil {
				return 0, err
			}
			if u1 <= xa {
				return x * beta, nil
			}
		} else if u1 <= crExp(-x) {
			return x * beta, nil
		}
	}
}

func randomGammavariate(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	alpha, beta, err := twoFloatParams("Random.gammavariate", "alpha", "beta", args, kwargs)
	if err != nil {
		return Value{}, err
	}
	g, err := randSelf(self).gamma(alpha, beta)
	return Float(g), err
}

func randomBetavariate(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	alpha, beta, err := twoFloatParams("Random.betavariate", "alpha", "beta", args, kwargs)
	if err != nil {
		return Value{}, err
	}
	r := randSelf(self)
	y, err := r.gamma(alpha, 1.0)
	if err != nil || y == 0 {
		return Float(0), err
	}
	z, err := r.gamma(beta, 1.0)
	return Float(y / (y + z)), err
}

func randomVonmisesvariate(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	mu, kappa, err := twoFloatParams("Random.vonmisesvariate", "mu", "kappa", args, kwargs)
	if err != nil {
		return Value{}, err
	}
	r := randSelf(self)
	const twoPi = 2 * math.Pi
	if kappa <= 1e-6 {
		return Float(twoPi * r.float()), nil
	}
	s := 0.5 / kappa
	rr := s + math.Sqrt(1.0+s*s)
	var z float64
	for {
		u1 := r.float()
		_, z = crSinCos(math.Pi * u1)
		d := z / (rr + z)
		u2 := r.float()
		if u2 < 1.0-d*d || u2 <= (1.0-d)*crExp(d) {
			break
		}
	}
	q := 1.0 / rr
	f := (q + z) / (1.0 + q*z)
	theta := mu - crAcos(f)
	if r.float() > 0.5 {
		theta = mu + crAcos(f)
	}
	_, theta = floatDivMod(theta, twoPi)
	return Float(theta), nil
}

// ---------------------------------------------------------------- state

func randomGetstate(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkNoArgs("Random.getstate", args, kwargs); err != nil {
		return Value{}, err
	}
	r := randSelf(self)
	r.mu.Lock()
	defer r.mu.Unlock()
	words := make([]Value, mtN+1)
	for i, w := range r.mt.state {
		words[i] = Int(int64(w))
	}
	words[mtN] = Int(int64(r.mt.index))
	gauss := r.gaussNext
	if gauss.IsNull() {
		gauss = None
	}
	return NewTuple([]Value{Int(3), NewTuple(words), gauss}), nil
}

func randomSetstate(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkOneArg("Random.setstate", args, kwargs); err != nil {
		return Value{}, err
	}
	state, err := sequenceItems(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if len(state) > 0 && !(state[0].IsInt() && state[0].AsInt() == 3) {
		return Value{}, Errorf(ValueErrorType, "state with version %s passed to Random.setstate() of version 3", SafeRepr(state[0]))
	}
	if len(state) != 3 {
		return Value{}, Errorf(ValueErrorType, "not enough values to unpack (expected 3, got %d)", len(state))
	}
	tup, ok := state[1].obj.(*Tuple)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "state vector must be a tuple")
	}
	words := tup.Items()
	if len(words) != mtN+1 {
		return Value{}, Errorf(ValueErrorType, "state vector is the wrong size")
	}
	var mt mt19937
	for i := 0; i < mtN; i++ {
		n, ok := toBig(words[i])
		if !ok || n.Sign() < 0 || n.BitLen() > 32 {
			return Value{}, Errorf(OverflowErrorType, "Python int too large to convert to C unsigned long")
		}
		mt.state[i] = uint32(n.Uint64())
	}
	index, ok := IndexValue(words[mtN])
	if !ok || index < 0 || index > mtN {
		return Value{}, Errorf(ValueErrorType, "invalid state")
	}
	mt.index = index
	r := randSelf(self)
	r.mu.Lock()
	r.mt = mt
	r.gaussNext = Value{}
	if !state[2].IsNone() {
		r.gaussNext = state[2]
	}
	r.mu.Unlock()
	return None, nil
}
