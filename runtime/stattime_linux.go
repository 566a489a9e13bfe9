package runtime

import "syscall"

// The three times of a stat result, which os.stat() and os.path.getmtime()
// and friends report: Linux's struct stat names them st_atim, st_mtim and
// st_ctim (stattime_bsd.go has the other spelling).

// statTimespecs returns the access, modification and change times of st.
func statTimespecs(st *syscall.Stat_t) (atime, mtime, ctime syscall.Timespec) {
	return st.Atim, st.Mtim, st.Ctim
}
