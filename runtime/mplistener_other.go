//go:build unix && !linux

package runtime

// The side of mplistener.go for Unix systems other than Linux (macOS,
// FreeBSD): they have no abstract socket names, so a listener's address
// is a socket file in a temporary directory of its own, which close
// removes; and no SOCK_CLOEXEC at socket(2) or accept4(2) everywhere, so
// close-on-exec is set after the fact, under syscall.ForkLock (as Go's
// net package does) so that no exec in between inherits the descriptor.

import (
	"os"
	"path/filepath"
	"syscall"
)

// listenerAddress returns the path of the socket file for a listener
// called name, in a new directory that only this user can enter, and
// that directory, for close to remove.
func listenerAddress(name string) (address, dir string, err error) {
	dir, err = os.MkdirTemp("", "minipy-")
	if err != nil {
		return "", "", err
	}
	return filepath.Join(dir, name+".sock"), dir, nil
}

// sockaddr converts an address, a socket file's path, to the form Go's
// syscall package takes.
func sockaddr(address string) *syscall.SockaddrUnix {
	return &syscall.SockaddrUnix{Name: address}
}

// unixSocket returns a new Unix stream socket, close-on-exec.
func unixSocket() (int, error) {
	syscall.ForkLock.RLock()
	defer syscall.ForkLock.RUnlock()
	fd, err := syscall.Socket(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
	if err != nil {
		return -1, err
	}
	syscall.CloseOnExec(fd)
	return fd, nil
}

// acceptUnix accepts a connection on the listening socket fd: the new
// socket is close-on-exec and non-blocking, as on Linux (the caller
// makes it blocking again).
func acceptUnix(fd int) (int, error) {
	syscall.ForkLock.RLock()
	defer syscall.ForkLock.RUnlock()
	nfd, _, err := syscall.Accept(fd)
	if err != nil {
		return -1, err
	}
	syscall.CloseOnExec(nfd)
	if err := syscall.SetNonblock(nfd, true); err != nil {
		syscall.Close(nfd)
		return -1, err
	}
	return nfd, nil
}
