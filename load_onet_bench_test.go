package rolemodel_test

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/onet"
)

// onetFiles is an O*NET 29.3 catalog written out by its own MarshalJSON,
// and the same document as block-style YAML.
type onetFiles struct {
	json, yaml []byte
}

// onetCore is O*NET 29.3 read without the files onet learned to read
// after issue 17 measured its load (tasks, knowledge, technologies,
// education and interests): the 7.4 MB catalog of 387,684 values the
// issue's figures are for.
func onetCore(tb testing.TB) *rolemodel.Catalog {
	tb.Helper()
	loadONet29(tb) // skips when the data is absent
	c, err := onet.Load(hideFS{os.DirFS(onet29), []string{"Task Statements", "Knowledge", "Technology Skills", "Education, Training", "Interests"}})
	require.NoError(tb, err)
	return c
}

// hideFS is a file system without the files whose names start with one of
// hide.
type hideFS struct {
	fs.FS
	hide []string
}

func (h hideFS) Open(name string) (fs.File, error) {
	for _, p := range h.hide {
		if strings.HasPrefix(name, p) {
			return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
		}
	}
	return h.FS.Open(name)
}

// writeOut writes c out as JSON and as block-style YAML.
func writeOut(c *rolemodel.Catalog) (onetFiles, error) {
	var f onetFiles
	var err error
	if f.json, err = c.MarshalJSON(); err != nil {
		return f, err
	}
	// JSON is YAML: read it as a node tree (which keeps key order), drop
	// the flow and quoting styles, and write it in block style.
	var n yaml.Node
	if err = yaml.Unmarshal(f.json, &n); err != nil {
		return f, err
	}
	var plain func(*yaml.Node)
	plain = func(n *yaml.Node) {
		n.Style = 0
		for _, c := range n.Content {
			plain(c)
		}
	}
	plain(&n)
	f.yaml, err = yaml.Marshal(&n)
	return f, err
}

// BenchmarkLoadONet loads the O*NET 29.3 catalog from its own JSON and from
// the same document as YAML, as issue 17 measured it ("core": 7.4 MB of
// JSON, 387,684 values) and as onet.LoadDir reads it now ("full": 20 MB,
// 942,931 values), beside the floors: encoding/json decoding the JSON into the same typed
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
	core, err := writeOut(onetCore(b))
	if err != nil {
		b.Fatal(err)
	}
	full, err := writeOut(loadONet29(b))
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
	for _, v := range []struct {
		name string
		f    onetFiles
	}{{"core", core}, {"full", full}} {
		run(v.name+"/JSON/rolemodel", v.f.json, func() error {
			_, err := ld.Load(bytes.NewReader(v.f.json))
			return err
		})
		run(v.name+"/JSON/encoding-json", v.f.json, func() error {
			var p rolemodel.Parts
			return json.Unmarshal(v.f.json, &p)
		})
		run(v.name+"/YAML/rolemodel", v.f.yaml, func() error {
			_, err := ld.Load(bytes.NewReader(v.f.yaml))
			return err
		})
		run(v.name+"/YAML/yaml-node", v.f.yaml, func() error {
			var n yaml.Node
			return yaml.Unmarshal(v.f.yaml, &n)
		})
	}
}
