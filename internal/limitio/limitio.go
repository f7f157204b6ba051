// Package limitio reads the files the module does not trust: the one way
// the catalog loader and the importers open files, check what they are and
// read them under a size limit, and the one way they report what went
// wrong (Error, as a problem of kind ErrUnreadable or ErrLimit).
//
// A file is read only if it is a regular file: a directory, a named pipe
// (FIFO), a socket or a device is refused from its mode, before it is
// opened, so that a FIFO named like a catalog cannot block a load. Files of
// the operating system (ReadOSFile) are also opened without blocking and
// checked again once open, so a file swapped for a FIFO in between is
// refused too; a generic fs.FS offers no such open, and there the check
// before opening is the guard.
package limitio

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"

	"github.com/rolemodel/rolemodel/internal/problem"
)

// ErrTooLarge is returned by ReadAll for an input larger than its limit,
// and is the cause of an *Error for one.
var ErrTooLarge = errors.New("input too large")

// ErrNotRegular is the cause of an *Error for a path that exists but is not
// a regular file: a directory, named pipe, socket or device.
var ErrNotRegular = errors.New("not a regular file")

// ReadAll reads all of r, up to limit bytes. An r that states its size (an
// fs.File or *os.File of a regular file) is refused from that size, before
// anything is read; any other r is refused once limit+1 bytes have come, as
// sizes can be wrong or absent (a pipe, a generated file system). For an
// input over the limit it returns ErrTooLarge and the size the input stated,
// or -1.
func ReadAll(r io.Reader, limit int64) (data []byte, size int64, err error) {
	size = -1
	var buf bytes.Buffer
	if st, ok := r.(interface{ Stat() (fs.FileInfo, error) }); ok {
		if fi, err := st.Stat(); err == nil && fi.Mode().IsRegular() {
			size = fi.Size()
			if size > limit {
				return nil, size, ErrTooLarge
			}
			buf.Grow(int(size) + bytes.MinRead)
		}
	} else if l, ok := r.(interface{ Len() int }); ok && l.Len() >= 0 {
		// A bytes.Reader, strings.Reader or bytes.Buffer says how much is
		// left: read it into one buffer of that size rather than growing
		// one (the size still only sizes the buffer).
		buf.Grow(int(min(int64(l.Len()), limit)) + bytes.MinRead)
	}
	n, err := buf.ReadFrom(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, size, err
	}
	if n > limit {
		return nil, -1, ErrTooLarge
	}
	return buf.Bytes(), size, nil
}

// ReadAllText is ReadAll into a string, without the copy a conversion of
// ReadAll's bytes would make: a reader that keeps the text holds the file
// once.
func ReadAllText(r io.Reader, limit int64) (text string, size int64, err error) {
	size = -1
	var b strings.Builder
	if st, ok := r.(interface{ Stat() (fs.FileInfo, error) }); ok {
		if fi, err := st.Stat(); err == nil && fi.Mode().IsRegular() {
			size = fi.Size()
			if size > limit {
				return "", size, ErrTooLarge
			}
			b.Grow(int(size) + 1)
		}
	}
	n, err := io.Copy(&b, io.LimitReader(r, limit+1))
	if err != nil {
		return "", size, err
	}
	if n > limit {
		return "", -1, ErrTooLarge
	}
	return b.String(), size, nil
}

// Error is a file or folder that could not be read: what it is called, what
// is wrong with it, and the cause.
type Error struct {
	// Name is the file or folder as the caller named it.
	Name string
	// Msg says what is wrong and, where the caller said, what was
	// expected: "is a named pipe (FIFO): expected a regular file".
	Msg string
	// Err is the cause: fs.ErrNotExist, fs.ErrPermission, ErrNotRegular,
	// ErrTooLarge, or the error of the system call that failed.
	Err error

	absent bool // Name is not there at all (not even a broken link)
}

// Absent reports whether the file is simply not there: it does not exist
// and is not a symbolic link to nothing. A reader of an optional file may
// skip an absent one, and report any other *Error.
func (e *Error) Absent() bool { return e.absent }

func (e *Error) Error() string { return problem.Format(e.Name, 0, 0, "", e.Msg) }

func (e *Error) Unwrap() error { return e.Err }

// Problem returns e as a problem about the file as a whole: of kind
// problem.ErrLimit for a file over its limit, and otherwise of kind
// problem.ErrUnreadable wrapping the cause.
func (e *Error) Problem() problem.Problem {
	kind := problem.Unreadable(e.Err)
	if errors.Is(e.Err, ErrTooLarge) {
		kind = problem.ErrLimit
	}
	return problem.Problem{File: e.Name, Message: e.Msg, Kind: kind}.Clean()
}

// ReadFile reads the regular file name of fsys whole, up to limit bytes.
// Any failure is an *Error: a file that does not exist (its cause
// fs.ErrNotExist, so a caller may treat an optional file as absent), is not
// a regular file, is a symbolic link that cannot be followed, is larger than
// limit, or cannot be read.
func ReadFile(fsys fs.FS, name string, limit int64) ([]byte, error) {
	fi, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, statError(name, err, func() (fs.FileInfo, error) { return fs.Lstat(fsys, name) })
	}
	if err := checkMode(name, fi); err != nil {
		return nil, err
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, statError(name, err, nil)
	}
	defer f.Close()
	return read(f, name, limit)
}

// ReadFileText is ReadFile into a string (see ReadAllText).
func ReadFileText(fsys fs.FS, name string, limit int64) (string, error) {
	fi, err := fs.Stat(fsys, name)
	if err != nil {
		return "", statError(name, err, func() (fs.FileInfo, error) { return fs.Lstat(fsys, name) })
	}
	if err := checkMode(name, fi); err != nil {
		return "", err
	}
	f, err := fsys.Open(name)
	if err != nil {
		return "", statError(name, err, nil)
	}
	defer f.Close()
	text, size, err := ReadAllText(f, limit)
	if err != nil {
		return "", readError(name, limit, size, err)
	}
	return text, nil
}

// ReadOSFile reads the regular file at the operating-system path name, as
// ReadFile does. The file is opened without blocking (O_NONBLOCK) and its
// mode checked again once open.
func ReadOSFile(name string, limit int64) ([]byte, error) {
	f, _, err := OpenOSFile(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return read(f, name, limit)
}

// OpenOSFile opens the regular file at the operating-system path name for
// reading, as ReadOSFile does (without blocking, its mode checked before and
// after it is opened), for a reader that reads parts of it (an archive). It
// returns the file and what it is; any failure is an *Error.
func OpenOSFile(name string) (*os.File, fs.FileInfo, error) {
	fi, err := os.Stat(name)
	if err != nil {
		return nil, nil, statError(name, err, func() (fs.FileInfo, error) { return os.Lstat(name) })
	}
	if err := checkMode(name, fi); err != nil {
		return nil, nil, err
	}
	f, err := os.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, nil, statError(name, err, nil)
	}
	fi, err = f.Stat()
	if err == nil {
		if e := checkMode(name, fi); e != nil {
			f.Close()
			return nil, nil, e
		}
		return f, fi, nil
	}
	f.Close()
	return nil, nil, statError(name, err, nil)
}

// Dir checks that the operating-system path dir is a directory (or a
// symbolic link to one), returning an *Error that says so and names what
// was expected ("the folder of an O*NET text release") when it is not.
func Dir(dir, expected string) error {
	fi, err := os.Stat(dir)
	if err != nil {
		e := statError(dir, err, func() (fs.FileInfo, error) { return os.Lstat(dir) })
		if errors.Is(err, fs.ErrNotExist) && e.Msg == "does not exist" {
			e.Msg = "no such directory"
		}
		e.Msg += ": expected " + expected
		return e
	}
	if !fi.IsDir() {
		return &Error{Name: dir, Msg: "is not a directory: expected " + expected, Err: ErrNotRegular}
	}
	return nil
}

// Fail describes err, a failure to open, stat or read name (such as an
// *fs.PathError from fs.WalkDir), as an *Error.
func Fail(name string, err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	return statError(name, err, nil)
}

func read(f io.Reader, name string, limit int64) ([]byte, error) {
	data, size, err := ReadAll(f, limit)
	if err != nil {
		return nil, readError(name, limit, size, err)
	}
	return data, nil
}

// readError describes a failed read of name under limit; size is the size
// the file stated, or -1.
func readError(name string, limit, size int64, err error) *Error {
	switch {
	case errors.Is(err, ErrTooLarge) && size >= 0:
		return &Error{Name: name, Msg: fmt.Sprintf("the file is %d bytes, more than the limit of %d", size, limit), Err: ErrTooLarge}
	case errors.Is(err, ErrTooLarge):
		return &Error{Name: name, Msg: fmt.Sprintf("the file is more than the limit of %d bytes", limit), Err: ErrTooLarge}
	}
	return &Error{Name: name, Msg: "cannot be read: " + cause(err), Err: errCause(err)}
}

// statError describes a failed stat or open of name. lstat, when given,
// tells a symbolic link that cannot be followed from a missing file.
func statError(name string, err error, lstat func() (fs.FileInfo, error)) *Error {
	if lstat != nil {
		if li, lerr := lstat(); lerr == nil && li.Mode()&fs.ModeSymlink != 0 {
			if errors.Is(err, fs.ErrNotExist) {
				return &Error{Name: name, Msg: "is a symbolic link to a file that does not exist", Err: fs.ErrNotExist}
			}
			return &Error{Name: name, Msg: "is a symbolic link that cannot be followed: " + cause(err), Err: errCause(err)}
		}
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &Error{Name: name, Msg: "does not exist", Err: fs.ErrNotExist, absent: true}
	case errors.Is(err, fs.ErrPermission):
		return &Error{Name: name, Msg: "cannot be read: permission denied", Err: fs.ErrPermission}
	}
	return &Error{Name: name, Msg: "cannot be read: " + cause(err), Err: errCause(err)}
}

// checkMode refuses anything but a regular file, naming what it is.
func checkMode(name string, fi fs.FileInfo) *Error {
	m := fi.Mode()
	if m.IsRegular() {
		return nil
	}
	what := "not a regular file"
	switch {
	case m.IsDir():
		what = "a directory"
	case m&fs.ModeNamedPipe != 0:
		what = "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		what = "a socket"
	case m&fs.ModeCharDevice != 0:
		what = "a character device"
	case m&fs.ModeDevice != 0:
		what = "a device"
	case m&fs.ModeSymlink != 0:
		what = "a symbolic link"
	}
	return &Error{Name: name, Msg: "is " + what + ": expected a regular file", Err: ErrNotRegular}
}

// cause returns the text of the innermost error of a *fs.PathError (the
// system's words, without the path the caller already names).
func cause(err error) string {
	return errCause(err).Error()
}

func errCause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
