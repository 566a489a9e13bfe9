package runtime

// The Linux side of mplistener.go: listeners on abstract Unix socket
// names, and sockets made close-on-exec (and accepted non-blocking) in
// the same system call, which other systems lack (mplistener_other.go).

import "syscall"

// listenerAddress returns the abstract socket name for a listener called
// name, and no directory to remove: the name vanishes with the socket.
func listenerAddress(name string) (address, dir string, err error) {
	return "\x00" + name, "", nil
}

// sockaddr converts an address ("\x00name" for an abstract name) to the
// form Go's syscall package takes ("@name").
func sockaddr(address string) *syscall.SockaddrUnix {
	if len(address) > 0 && address[0] == 0 {
		return &syscall.SockaddrUnix{Name: "@" + address[1:]}
	}
	return &syscall.SockaddrUnix{Name: address}
}

// unixSocket returns a new Unix stream socket, close-on-exec.
func unixSocket() (int, error) {
	return syscall.Socket(syscall.AF_UNIX, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
}

// acceptUnix accepts a connection on the listening socket fd: the new
// socket is close-on-exec and non-blocking.
func acceptUnix(fd int) (int, error) {
	nfd, _, err := syscall.Accept4(fd, syscall.SOCK_CLOEXEC|syscall.SOCK_NONBLOCK)
	return nfd, err
}
