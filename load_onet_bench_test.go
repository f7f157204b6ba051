package rolemodel_test

import (
	"bytes"
	"encoding/json"
	"sync"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/rolemodel/rolemodel"
)

// onetFiles is the O*NET 29.3 catalog written out by its own MarshalJSON,
// and the same document as block-style YAML.
type onetFiles struct {
	json, yaml []byte
}

var (
	onetFilesOnce sync.Once
	onetFilesData onetFiles
	onetFilesErr  error
)

// onetFilesOf writes c (the O*NET 29.3 catalog) out once per test binary.
func onetFilesOf(c *rolemodel.Catalog) (onetFiles, error) {
	onetFilesOnce.Do(func() {
		f := &onetFilesData
		if f.json, onetFilesErr = c.MarshalJSON(); onetFilesErr != nil {
			return
		}
		// JSON is YAML: read it as a node tree (which keeps key order),
		// drop the flow and quoting styles, and write it in block style.
		var n yaml.Node
		if onetFilesErr = yaml.Unmarshal(f.json, &n); onetFilesErr != nil {
			return
		}
		var plain func(*yaml.Node)
		plain = func(n *yaml.Node) {
			n.Style = 0
			for _, c := range n.Content {
				plain(c)
			}
		}
		plain(&n)
		f.yaml, onetFilesErr = yaml.Marshal(&n)
	})
	return onetFilesData, onetFilesErr
}

// BenchmarkLoadONet loads the O*NET 29.3 catalog (about 7.4 MB of JSON,
// 388,000 values) from its own JSON and from the same document as YAML,
// beside the floors: encoding/json decoding the JSON into the same typed
// structs (rolemodel.Parts), with no positions, limits, duplicate-key
// checks or rules; and yaml.v3 parsing the YAML into a yaml.Node, the
// first step of any strict YAML reading. Compare within one run:
//
//	go test -run '^$' -bench BenchmarkLoadONet -benchmem -count 6
func BenchmarkLoadONet(b *testing.B) {
	f, err := onetFilesOf(loadONet29(b))
	if err != nil {
		b.Fatal(err)
	}
	ld := rolemodel.Loader{SharedNames: true}
	b.Run("JSON/rolemodel", func(b *testing.B) {
		b.SetBytes(int64(len(f.json)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := ld.Load(bytes.NewReader(f.json)); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("JSON/encoding-json", func(b *testing.B) {
		b.SetBytes(int64(len(f.json)))
		b.ReportAllocs()
		for b.Loop() {
			var p rolemodel.Parts
			if err := json.Unmarshal(f.json, &p); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("YAML/rolemodel", func(b *testing.B) {
		b.SetBytes(int64(len(f.yaml)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := ld.Load(bytes.NewReader(f.yaml)); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("YAML/yaml-node", func(b *testing.B) {
		b.SetBytes(int64(len(f.yaml)))
		b.ReportAllocs()
		for b.Loop() {
			var n yaml.Node
			if err := yaml.Unmarshal(f.yaml, &n); err != nil {
				b.Fatal(err)
			}
		}
	})
}
