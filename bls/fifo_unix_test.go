//go:build unix

package bls_test

import (
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/bls"
)

// Issue 14.8, as in every loader: a named pipe is refused from its mode,
// without being opened (which would block until a writer came).
func TestNamedPipeIsRefused(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "national_M2024_dl.csv")
	require.NoError(t, syscall.Mkfifo(fifo, 0o644))
	_, err := bls.LoadWages(fifo)
	assert.ErrorIs(t, err, rolemodel.ErrUnreadable)
	assert.EqualError(t, err, "rolemodel: cannot read the input: "+fifo+": is a named pipe (FIFO): expected a regular file")
	_, err = bls.LoadProjections(fifo)
	assert.ErrorIs(t, err, rolemodel.ErrUnreadable)
}
