package runtime

// The child's side of a spawn (process.go has the parent's): _mp.child_main
// reads the preparation data, takes the parent's GIL settings, runs the
// parent's main script as the module "__mp_main__" (also known as
// "__main__", so that pickled references to __main__ find it, and so that
// the script's `if __name__ == "__main__":` block does not run again),
// rebuilds the Process object with the descriptors it inherited, and
// calls its _bootstrap(), whose result is the exit code.

import (
	"encoding/binary"
	"os"
	"syscall"
	"time"
)

// childMain is _mp.child_main(): the whole life of a child process. It
// ends by raising SystemExit with the exit code.
func childMain(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkNoArgs("child_main", args, kwargs); err != nil {
		return Value{}, err
	}
	in := t.Interp
	syscall.CloseOnExec(childBootstrapFd) // a grandchild must not inherit them
	syscall.CloseOnExec(childSentinelFd)
	var prepData, procData []byte
	var err error
	t.Block(func() {
		if prepData, err = readFrame(childBootstrapFd); err == nil {
			procData, err = readFrame(childBootstrapFd)
		}
	})
	if err != nil {
		return Value{}, Errorf(RuntimeErrorType, "multiprocessing child: no start-up data from the parent: %v", err)
	}
	prepV, err := DecodeValue(t, prepData)
	if err != nil {
		return Value{}, err
	}
	s, err := parseSettings(prepV)
	if err != nil {
		return Value{}, err
	}
	applySettings(t, s)
	if s.mainPath != "" {
		if err := loadMainAsMpMain(t, s.mainPath); err != nil {
			return Value{}, err
		}
	}
	inherited := make([]*os.File, s.nfiles)
	for i := range inherited {
		fd := childFirstFileFd + i
		syscall.CloseOnExec(fd)
		inherited[i] = os.NewFile(uintptr(fd), "inherited")
	}
	d := wireDecoder{t: t, data: procData, inherited: inherited}
	proc, err := d.decodeAll()
	if err != nil {
		return Value{}, err
	}
	var stamp [8]byte
	binary.LittleEndian.PutUint64(stamp[:], uint64(time.Now().UnixNano()))
	writeAll(childBootstrapFd, stamp[:])
	syscall.Close(childBootstrapFd)
	bootstrap, err := GetAttr(t, proc, "_bootstrap")
	if err != nil {
		return Value{}, err
	}
	code, err := Call(t, bootstrap, nil, nil)
	if err != nil {
		return Value{}, err
	}
	t.Block(in.procs.drainFeeders)
	return Value{}, NewException(SystemExitType, code)
}

// parseSettings reads the tuple made by spawnSettings.value.
func parseSettings(v Value) (*spawnSettings, error) {
	bad := Errorf(RuntimeErrorType, "multiprocessing child: bad start-up data")
	tup, ok := AsTuple(v)
	if !ok || tup.Len() != 8 {
		return nil, bad
	}
	it := tup.Items()
	s := &spawnSettings{}
	var argv *List
	if s.mainPath, ok = AsStr(it[0]); !ok {
		return nil, bad
	}
	if argv, ok = it[1].obj.(*List); !ok {
		return nil, bad
	}
	for _, a := range argv.Items() {
		str, _ := AsStr(a)
		s.argv = append(s.argv, str)
	}
	s.name, _ = AsStr(it[2])
	s.gil = Is(it[3], True)
	s.interval = time.Duration(it[4].AsInt())
	s.cpus = int(it[5].AsInt())
	s.nfiles = int(it[6].AsInt())
	if s.nfiles < 0 || s.nfiles > 1<<16 {
		return nil, bad
	}
	return s, nil
}

// applySettings gives the child its parent's sys.argv, GIL mode, switch
// interval and number of cores. Only the main thread runs yet, so the GIL
// can still be switched on or off here.
func applySettings(t *Thread, s *spawnSettings) {
	in := t.Interp
	in.Argv = s.argv
	in.modMu.Lock()
	sys := in.modules["sys"]
	in.modMu.Unlock()
	if sys != nil {
		argv := make([]Value, len(s.argv))
		for i, a := range s.argv {
			argv[i] = NewStr(a)
		}
		sys.Dict.SetStr("argv", Obj(NewList(argv)))
	}
	g := in.GIL
	switch {
	case s.gil && !g.Enabled:
		g.Enabled = true
		g.Acquire(t)
	case !s.gil && g.Enabled:
		g.Release(t)
		g.Enabled = false
	}
	if s.interval > 0 {
		g.SetSwitchInterval(s.interval)
	}
	SetCPUs(s.cpus, g.Enabled)
	in.procs.mu.Lock()
	in.procs.parent = &parentInfo{pid: os.Getppid(), name: "MainProcess"}
	in.procs.mu.Unlock()
}

// loadMainAsMpMain runs the parent's main script as __mp_main__, as
// CPython's spawn does (multiprocessing.spawn._fixup_main_from_path).
func loadMainAsMpMain(t *Thread, path string) error {
	in := t.Interp
	src, err := os.ReadFile(path)
	if err != nil {
		return NewOSError(err, NewStr(path))
	}
	if in.ExecSource == nil {
		return Errorf(RuntimeErrorType, "multiprocessing child: no vm to run %s", path)
	}
	m := NewModule("__mp_main__")
	m.Dict.SetStr("__file__", NewStr(path))
	in.modMu.Lock()
	in.modules["__mp_main__"] = m
	in.modules["__main__"] = m
	in.modMu.Unlock()
	return in.ExecSource(t, m, string(src))
}
