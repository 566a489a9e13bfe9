//go:build darwin || freebsd

package runtime

import "syscall"

// The three times of a stat result on macOS and FreeBSD, whose struct stat
// names them st_atimespec, st_mtimespec and st_ctimespec: the counterpart
// of stattime_linux.go, so that os.stat() builds there too.

// statTimespecs returns the access, modification and change times of st.
func statTimespecs(st *syscall.Stat_t) (atime, mtime, ctime syscall.Timespec) {
	return st.Atimespec, st.Mtimespec, st.Ctimespec
}
