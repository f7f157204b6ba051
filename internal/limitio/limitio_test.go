package limitio

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/internal/problem"
)

func TestReadFile(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt":    {Data: []byte("hello")},
		"big.txt":  {Data: []byte(strings.Repeat("x", 100))},
		"dir/f":    {Data: []byte("x")},
		"pipe":     {Mode: fs.ModeNamedPipe},
		"sock":     {Mode: fs.ModeSocket},
		"dev":      {Mode: fs.ModeDevice | fs.ModeCharDevice},
		"link.txt": {Data: []byte("nowhere"), Mode: fs.ModeSymlink},
	}
	data, err := ReadFile(fsys, "a.txt", 10)
	require.NoError(t, err)
	assert.Equal(t, "hello", string(data))

	tests := []struct {
		name, msg string
		cause     error
		absent    bool
		kind      error
	}{
		{"none.txt", "does not exist", fs.ErrNotExist, true, problem.ErrUnreadable},
		{"big.txt", "the file is 100 bytes, more than the limit of 10", ErrTooLarge, false, problem.ErrLimit},
		{"dir", "is a directory: expected a regular file", ErrNotRegular, false, problem.ErrUnreadable},
		{"pipe", "is a named pipe (FIFO): expected a regular file", ErrNotRegular, false, problem.ErrUnreadable},
		{"sock", "is a socket: expected a regular file", ErrNotRegular, false, problem.ErrUnreadable},
		{"dev", "is a character device: expected a regular file", ErrNotRegular, false, problem.ErrUnreadable},
		{"link.txt", "is a symbolic link to a file that does not exist", fs.ErrNotExist, false, problem.ErrUnreadable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadFile(fsys, tt.name, 10)
			var e *Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, tt.name, e.Name)
			assert.Equal(t, tt.msg, e.Msg)
			assert.ErrorIs(t, err, tt.cause)
			assert.Equal(t, tt.absent, e.Absent())
			p := e.Problem()
			assert.ErrorIs(t, p.Kind, tt.kind)
			assert.Equal(t, tt.name+": "+tt.msg, p.String())
		})
	}
}

func TestReadOSFile(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "a.yaml")
	require.NoError(t, os.WriteFile(name, []byte("roles: []\n"), 0o644))
	data, err := ReadOSFile(name, 100)
	require.NoError(t, err)
	assert.Equal(t, "roles: []\n", string(data))

	_, err = ReadOSFile(name, 5)
	assert.ErrorIs(t, err, ErrTooLarge)
	_, err = ReadOSFile(dir, 5)
	assert.ErrorIs(t, err, ErrNotRegular)
	_, err = ReadOSFile(filepath.Join(dir, "none"), 5)
	assert.ErrorIs(t, err, fs.ErrNotExist)
	var e *Error
	require.True(t, errors.As(err, &e))
	assert.True(t, e.Absent())

	assert.NoError(t, Dir(dir, "a folder"))
	err = Dir(name, "a folder")
	assert.EqualError(t, err, name+": is not a directory: expected a folder")
	err = Dir(filepath.Join(dir, "none"), "a folder")
	assert.EqualError(t, err, filepath.Join(dir, "none")+": no such directory: expected a folder")
	assert.ErrorIs(t, err, fs.ErrNotExist)
}
