//go:build unix

package rolemodel_test

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
)

// Issue 14.8: a named pipe named like a catalog file hung LoadFile and
// LoadFS (opening a FIFO blocks until a writer comes). It is refused from
// its mode, without opening it, whether named directly or met in a folder.
// Nothing here writes to the pipe: were it opened, the test would hang.
func TestNamedPipeIsRefused(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "b.yaml")
	require.NoError(t, syscall.Mkfifo(fifo, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.yaml"), []byte("roles: [{id: a, title: A}]\n"), 0o644))

	_, err := rolemodel.LoadFile(fifo)
	assert.ErrorIs(t, err, rolemodel.ErrUnreadable)
	assert.EqualError(t, err, "rolemodel: cannot read the input: "+fifo+": is a named pipe (FIFO): expected a regular file")

	_, err = rolemodel.LoadProfileFile(fifo)
	assert.ErrorIs(t, err, rolemodel.ErrUnreadable)
	assert.EqualError(t, err, "rolemodel: cannot read the input: "+fifo+": is a named pipe (FIFO): expected a regular file")

	_, err = rolemodel.LoadFS(os.DirFS(dir))
	assert.ErrorIs(t, err, rolemodel.ErrUnreadable)
	assert.EqualError(t, err, "rolemodel: cannot read the input: b.yaml: is a named pipe (FIFO): expected a regular file")

	// A symbolic link to the pipe is refused the same way.
	link := filepath.Join(dir, "c.json")
	require.NoError(t, os.Symlink(fifo, link))
	_, err = rolemodel.LoadFile(link)
	assert.ErrorIs(t, err, rolemodel.ErrUnreadable)
	assert.ErrorContains(t, err, "is a named pipe (FIFO)")
}
