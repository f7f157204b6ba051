// Package limitio reads whole inputs under a size limit, the one way the
// catalog loader and the importers read files they do not trust.
package limitio

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
)

// ErrTooLarge is returned by ReadAll for an input larger than its limit.
var ErrTooLarge = errors.New("input too large")

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
