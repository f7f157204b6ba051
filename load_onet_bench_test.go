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
//
// Besides time, each reports cpu-ns/op: the CPU time of the whole process
// (the garbage collector's included) per load, which other work on the
// machine disturbs far less than the time on the clock.
func BenchmarkLoadONet(b *testing.B) {
	f, err := onetFilesOf(loadONet29(b))
	if err != nil {
		b.Fatal(err)
	}
	ld := rolemodel.Loader{SharedNames: true}
	run := func(name string, data []byte, load func() error) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			start, ok := processCPU()
			for b.Loop() {
				if err := load(); err != nil {
					b.Fatal(err)
				}
			}
			if end, _ := processCPU(); ok {
				b.ReportMetric(float64(end-start)/float64(b.N), "cpu-ns/op")
			}
		})
	}
	run("JSON/rolemodel", f.json, func() error {
		_, err := ld.Load(bytes.NewReader(f.json))
		return err
	})
	run("JSON/encoding-json", f.json, func() error {
		var p rolemodel.Parts
		return json.Unmarshal(f.json, &p)
	})
	run("YAML/rolemodel", f.yaml, func() error {
		_, err := ld.Load(bytes.NewReader(f.yaml))
		return err
	})
	run("YAML/yaml-node", f.yaml, func() error {
		var n yaml.Node
		return yaml.Unmarshal(f.yaml, &n)
	})
}
