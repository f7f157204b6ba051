package rolemodel

import (
	"embed"
	"io/fs"
	"sync"
)

//go:embed catalog
var embedded embed.FS

var defaultCatalog = sync.OnceValues(func() (*Catalog, error) {
	sub, err := fs.Sub(embedded, "catalog")
	if err != nil {
		return nil, err
	}
	c, err := LoadFS(sub)
	if err != nil {
		return nil, err
	}
	// Its entries were defined in the module's files, not the user's: a
	// conflict Merge reports names them by their path in the module.
	for _, ci := range placed {
		for id, at := range c.where[ci] {
			at.file = defaultDir + at.file
			c.where[ci][id] = at
		}
	}
	return c, nil
})

// defaultDir is where the embedded catalog's files are, in the module.
const defaultDir = "github.com/rolemodel/rolemodel/catalog/"

// Default returns the catalog embedded in the module, built from five
// published job descriptions of the Technology Director role and the roles
// around it. It is parsed once, on first use, and shared by every caller;
// what callers get from it are copies, so no caller can change it for
// another.
//
// Default panics if the embedded catalog is invalid, which the module's own
// tests rule out: it is part of the program, not input.
func Default() *Catalog {
	c, err := defaultCatalog()
	if err != nil {
		panic("rolemodel: the embedded catalog is invalid: " + err.Error())
	}
	return c
}

// DefaultFS returns the embedded catalog's files, for reading or for
// loading together with a catalog of one's own.
func DefaultFS() fs.FS {
	sub, _ := fs.Sub(embedded, "catalog")
	return sub
}
