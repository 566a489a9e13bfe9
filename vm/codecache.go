package vm

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
)

// The compiled-code cache. The modules written in Python
// (runtime.SourceModules) are parsed on every import in every process, and
// the parser is slow (~50k lines/s): `import concurrent.futures` cost more
// than 100 ms, paid again by every multiprocessing child. Like CPython's
// __pycache__, the compiled code objects are saved to disk and loaded back
// by later processes, but outside the tree, in the user's cache directory,
// under a name that is the hash of everything the code depends on: the
// format version, the identity of the minipy binary, the filename and the
// source. A stale entry is therefore never found rather than detected.
//
// Every failure (no cache directory, a read-only one, a short or corrupt
// file) silently falls back to compiling: the cache only ever saves time.

// codeCacheFormat is the version of the serialisation below. Bump it on any
// change of the encoding or of the Code struct's meaning.
const codeCacheFormat = 2

// Environment variables: MINIPY_NOCACHE=1 disables the cache;
// MINIPY_CACHE_DIR replaces its directory (tests point it at a temp dir).
const (
	noCacheEnv  = "MINIPY_NOCACHE"
	cacheDirEnv = "MINIPY_CACHE_DIR"
)

// codeCacheMagic starts every cache file, followed by the format version,
// the CRC-32 of the payload and the payload's length.
const codeCacheMagic = "minipyc\x00"

const codeCacheHeaderLen = len(codeCacheMagic) + 4 + 4 + 4

// CodeCacheStats counts the cache's lookups in this process (for tests
// and diagnostics).
var CodeCacheStats struct {
	Hits, Misses atomic.Int64
}

// compileCached compiles src like CompileSource, going through the disk
// cache: a hit skips the parser and the compiler entirely.
func compileCached(filename string, src []byte) (*Code, error) {
	path := cachePath(filename, src)
	if path == "" {
		return CompileSource(filename, src, ModeFile)
	}
	if data, err := os.ReadFile(path); err == nil {
		if code, err := DecodeCode(data); err == nil {
			registerSource(filename, src) // tracebacks still show source lines
			CodeCacheStats.Hits.Add(1)
			return code, nil
		}
	}
	CodeCacheStats.Misses.Add(1)
	code, err := CompileSource(filename, src, ModeFile)
	if err != nil {
		return nil, err
	}
	if data, err := EncodeCode(code); err == nil {
		writeCacheFile(path, data)
	}
	return code, nil
}

// cachePath is the cache file of filename's src, or "" when the cache is
// disabled or has no directory.
func cachePath(filename string, src []byte) string {
	if os.Getenv(noCacheEnv) == "1" {
		return ""
	}
	dir := os.Getenv(cacheDirEnv)
	if dir == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			return ""
		}
		dir = filepath.Join(base, "minipy")
	}
	h := sha256.New()
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], codeCacheFormat)
	h.Write(n[:])
	writeField(h, buildIdentity())
	writeField(h, filename)
	h.Write(src)
	return filepath.Join(dir, buildDirName(), hex.EncodeToString(h.Sum(nil))+".code")
}

// keepBuildDirs is how many builds' directories the cache keeps. Each
// build of minipy (and each `go test` binary) writes its own entries, which
// no other build can use: without pruning the cache would grow forever.
const keepBuildDirs = 8

// buildDirName is the cache subdirectory of the running binary: the
// entries of one build live together, so that those of old builds can be
// removed at once.
var buildDirName = sync.OnceValue(func() string {
	sum := sha256.Sum256([]byte(buildIdentity()))
	return hex.EncodeToString(sum[:8])
})

// writeField hashes s preceded by its length, so that fields cannot run
// into each other.
func writeField(h interface{ Write([]byte) (int, error) }, s string) {
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], uint64(len(s)))
	h.Write(n[:])
	h.Write([]byte(s))
}

// buildIdentity identifies the running binary: its path, size and
// modification time. Any rebuild changes it, so code compiled by an older
// compiler is never loaded (the VCS revision alone would miss uncommitted
// changes).
var buildIdentity = sync.OnceValue(func() string {
	exe, err := os.Executable()
	if err != nil {
		return "unknown"
	}
	st, err := os.Stat(exe)
	if err != nil {
		return exe
	}
	return exe + "\x00" + strconv.FormatInt(st.Size(), 10) + "\x00" + strconv.FormatInt(st.ModTime().UnixNano(), 10)
})

// writeCacheFile writes data to path atomically: through a temporary file
// in the same directory renamed over path, so that a concurrent process
// reads either nothing or the whole file. Errors are ignored.
func writeCacheFile(path string, data []byte) {
	dir := filepath.Dir(path)
	if _, err := os.Stat(dir); err != nil {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return
		}
		pruneBuildDirs(filepath.Dir(dir))
	}
	f, err := os.CreateTemp(dir, ".tmp-*.code")
	if err != nil {
		return
	}
	_, werr := f.Write(data)
	cerr := f.Close()
	if werr != nil || cerr != nil || os.Rename(f.Name(), path) != nil {
		os.Remove(f.Name())
	}
}

// pruneBuildDirs removes all but the keepBuildDirs most recently modified
// build directories of the cache directory base. It runs when a build
// writes its first entry. A process still using a removed directory only
// loses its cache: its reads miss and its writes fail, silently.
func pruneBuildDirs(base string) {
	entries, err := os.ReadDir(base)
	if err != nil || len(entries) <= keepBuildDirs {
		return
	}
	type dirAge struct {
		name string
		mod  int64
	}
	dirs := make([]dirAge, 0, len(entries))
	for _, e := range entries {
		if info, err := e.Info(); err == nil && e.IsDir() {
			dirs = append(dirs, dirAge{e.Name(), info.ModTime().UnixNano()})
		}
	}
	sort.Slice(dirs, func(i, j int) bool { return dirs[i].mod > dirs[j].mod })
	for i := keepBuildDirs; i < len(dirs); i++ {
		os.RemoveAll(filepath.Join(base, dirs[i].name))
	}
}
