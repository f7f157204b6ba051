package export

import (
	"errors"
	"fmt"
	"io"

	"go.yaml.in/yaml/v3"

	"github.com/rolemodel/rolemodel"
)

// WriteYAML writes catalog c to w in the catalog file format as YAML: the
// document Catalog.MarshalJSON writes, with the same keys in the same
// order, in YAML's block style, so that rolemodel.Load reads it back into
// an equal catalog (a catalog whose roles share names, such as an imported
// one, with rolemodel.Loader{SharedNames: true}). Strings that YAML would
// read as another type ("true", "1330", "11-3021.00" is safe) are quoted.
// It returns w's first error.
func WriteYAML(w io.Writer, c *rolemodel.Catalog) error {
	if w == nil {
		return errors.New("export: no writer (nil io.Writer)")
	}
	b, err := c.MarshalJSON()
	if err != nil {
		return err
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		return fmt.Errorf("export: reading the catalog's JSON as YAML: %w", err)
	}
	blockStyle(&doc)
	ew := &errWriter{w: w}
	enc := yaml.NewEncoder(ew)
	enc.SetIndent(2)
	err = enc.Encode(&doc)
	if err == nil {
		err = enc.Close()
	}
	if ew.err != nil {
		return ew.err // w's own error, rather than the encoder's wrapping of it
	}
	return err
}

// errWriter keeps the first error of w.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	n, err := e.w.Write(p)
	if err != nil && e.err == nil {
		e.err = err
	}
	return n, err
}

// blockStyle clears the flow and quoting styles JSON gave the nodes, so
// that the encoder writes block style and quotes only the strings that need
// it.
func blockStyle(n *yaml.Node) {
	n.Style = 0
	for _, k := range n.Content {
		blockStyle(k)
	}
}
