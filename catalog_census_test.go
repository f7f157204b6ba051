package rolemodel_test

// The census of the default catalog: how many facts it records, how many
// sources each cites, and how many markings (duty priorities, duty areas)
// it makes. It asserts the one rule every fact keeps (at least one source)
// and logs the figures, which the closing note of an audit quotes:
//
//	go test -run TestDefaultCatalogCensus -v
//
// It reads the catalog by reflection only, so that the same file runs on
// an older tree to give the figures before a change.

import (
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/rolemodel/rolemodel"
)

// census counts the facts of a catalog: every value with a "sources" list
// is one fact, of the type that holds the list.
type census struct {
	facts     map[string]int // type name -> facts
	citations map[string]int // type name -> sources cited, in all
	bySources map[int]int    // number of sources -> facts
	priority  int            // duties marked primary or secondary
	areas     int            // duties filed under an area
	unsourced []string       // facts without a source
}

func newCensus() *census {
	return &census{facts: map[string]int{}, citations: map[string]int{}, bySources: map[int]int{}}
}

func (c *census) walk(v reflect.Value, path string) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			c.walk(v.Elem(), path)
		}
	case reflect.Slice:
		for i := range v.Len() {
			c.walk(v.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
	case reflect.Struct:
		if v.IsZero() {
			return // a fact not stated, such as a role without codes
		}
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			switch {
			case name == "sources" && f.Type == reflect.TypeFor[[]string]():
				n := v.Field(i).Len()
				c.facts[t.Name()]++
				c.citations[t.Name()] += n
				c.bySources[n]++
				if n == 0 {
					c.unsourced = append(c.unsourced, path)
				}
			case t.Name() == "Responsibility" && name == "priority" && !v.Field(i).IsZero():
				c.priority++
			case t.Name() == "Responsibility" && name == "area" && !v.Field(i).IsZero():
				c.areas++
			}
			c.walk(v.Field(i), path+"."+name)
		}
	}
}

func (c *census) total() (facts, citations int) {
	for k, n := range c.facts {
		facts += n
		citations += c.citations[k]
	}
	return facts, citations
}

func (c *census) String() string {
	var b strings.Builder
	facts, cites := c.total()
	fmt.Fprintf(&b, "facts %d, citations %d, sources per fact %.2f\n", facts, cites, float64(cites)/float64(facts))
	types := slices.Sorted(func(yield func(string) bool) {
		for k := range c.facts {
			if !yield(k) {
				return
			}
		}
	})
	for _, k := range types {
		fmt.Fprintf(&b, "  %-17s %4d facts, %4d citations\n", k, c.facts[k], c.citations[k])
	}
	ns := make([]int, 0, len(c.bySources))
	for n := range c.bySources {
		ns = append(ns, n)
	}
	sort.Ints(ns)
	b.WriteString("facts by number of sources:")
	for _, n := range ns {
		fmt.Fprintf(&b, " %d:%d", n, c.bySources[n])
	}
	fmt.Fprintf(&b, "\nduties marked primary or secondary %d, duties under an area %d\n", c.priority, c.areas)
	return b.String()
}

func TestDefaultCatalogCensus(t *testing.T) {
	cat := rolemodel.Default()
	c := newCensus()
	for s := range cat.Skills() {
		c.walk(reflect.ValueOf(s), "skills["+string(s.ID)+"]")
	}
	for s := range cat.Certifications() {
		c.walk(reflect.ValueOf(s), "certifications["+string(s.ID)+"]")
	}
	for r := range cat.Roles() {
		c.walk(reflect.ValueOf(r), "roles["+string(r.ID)+"]")
	}
	t.Logf("census of the default catalog:\n%s", c)
	assert.Empty(t, c.unsourced, "every fact of the default catalog cites a source")

	// The quoted texts and the (text, source) pairs they make, and the
	// notes: each note is a reading the catalog makes of its sources.
	quotes, pairs := 0, 0
	var notes []string
	for _, u := range catalogTexts() {
		switch fieldClasses[u.key] {
		case quoteField:
			quotes++
			pairs += len(u.sources)
		case noteField:
			notes = append(notes, u.path+": "+u.text)
		}
	}
	t.Logf("quoted texts %d, (text, source) pairs %d, sources per quoted text %.2f", quotes, pairs, float64(pairs)/float64(quotes))
	t.Logf("notes (readings of the sources): %d\n%s", len(notes), strings.Join(notes, "\n"))
}
