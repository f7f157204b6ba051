package esco_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/esco"
	"github.com/rolemodel/rolemodel/internal/fuzzcheck"
	"github.com/rolemodel/rolemodel/internal/fuzzcheck/catalogcheck"
	"github.com/rolemodel/rolemodel/skill"
)

// checkResult is the property every fuzz target checks: Load returns
// either a catalog and no error, or no catalog and a *ValidationError whose
// every problem names a file and a kind, and a line unless the problem is
// with the file as a whole. Past a hundred problems, one last problem
// counts the rest.
func checkResult(t *testing.T, c any, err error) {
	t.Helper()
	if err == nil {
		if isNilCatalog(c) {
			t.Fatal("no result and no error")
		}
		return
	}
	if !isNilCatalog(c) {
		t.Fatalf("a result and an error: %v", err)
	}
	var ve *rolemodel.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("error %T is not a *rolemodel.ValidationError: %v", err, err)
	}
	if len(ve.Problems) == 0 {
		t.Fatal("a ValidationError without problems")
	}
	if len(ve.Problems) > rolemodel.MaxProblems || ve.More > 0 && len(ve.Problems) < rolemodel.MaxProblems {
		t.Fatalf("%d problems listed and %d more counted: expected at most %d listed, and more only past them", len(ve.Problems), ve.More, rolemodel.MaxProblems)
	}
	fuzzcheck.ErrorText(t, err)
	for _, p := range ve.Problems {
		if p.File == "" || p.Kind == nil || p.Message == "" {
			t.Fatalf("problem without file, kind or message: %#v", p)
		}
		wholeFile := errors.Is(p.Kind, rolemodel.ErrTooLarge) || errors.Is(p.Kind, rolemodel.ErrUnreadable) || p.Kind == rolemodel.ErrEmpty && p.Line == 0 || p.Kind == rolemodel.ErrReference && p.Line == 0
		if p.Line <= 0 && !wholeFile {
			t.Fatalf("problem without a line: %#v", p)
		}
	}
}

func isNilCatalog(c any) bool {
	switch v := c.(type) {
	case *rolemodel.Catalog:
		return v == nil
	case *esco.Hierarchy:
		return v == nil
	case *esco.Crosswalk:
		return v == nil
	case *esco.SkillRelations:
		return v == nil
	case *esco.Zips:
		return v == nil
	}
	return c == nil
}

func readFixture(f *testing.F, name string) []byte {
	f.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		f.Fatal(err)
	}
	return b
}

func FuzzReadOccupations(f *testing.F) {
	f.Add([]byte(occs))
	f.Add(readFixture(f, "v1.0/occupations_en.csv"))
	f.Add([]byte("\uFEFF" + occHeader + "Occupation,http://x.org/o/a,1,a,\"b\r\nc\",,d\r\n"))
	f.Add([]byte(occHeader + "Occupation,http://x.org/o/a,1,a,\"b\"\"\",,d\n"))
	f.Add([]byte(occHeader + "Occupation,http://x.org/o/a,1,a\n"))
	f.Add([]byte(occHeader + occB + occB))
	f.Add([]byte("conceptUri,preferredLabel\nhttp://x.org/o/a,\xff\n"))
	f.Add([]byte("conceptUri,preferredLabel\nhttp://x.org/o/a,A\nhttp://x.org/o/b, a \n"))
	f.Add([]byte("conceptUri,preferredLabel,altLabels\nhttp://x.org/o/a,A,\"a\nA\n  a\"\n"))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := esco.Load(fstest.MapFS{esco.OccupationsFile: {Data: data}})
		checkResult(t, c, err)
		catalogcheck.RoundTrip(t, c)
	})
}

func FuzzReadSkillsAndRelations(f *testing.F) {
	f.Add([]byte(skills), []byte(rels))
	f.Add(readFixture(f, "v1.0/skills_en-us.csv"), readFixture(f, "v1.0/occupationSkillRelations.csv"))
	f.Add([]byte(skills), []byte(rels+relA1))
	f.Add([]byte(skills+skS1), []byte(rels))
	f.Add([]byte(skHeader+"K,http://x.org/s/a,knowledge skill/competence,,,,\n"), []byte(relHeader))
	f.Add([]byte(skills), []byte("occupationUri,occupationLabel,relationType,skillType,skillUri,skillLabel\n"+
		"http://data.europa.eu/esco/occupation/bb-2,developer,optional,knowledge,http://data.europa.eu/esco/skill/s2,x\n"))
	f.Add([]byte(skills), []byte(relHeader+"http://data.europa.eu/esco/occupation/bb-2,ESSENTIAL,,http://data.europa.eu/esco/skill/s2\n"))
	f.Fuzz(func(t *testing.T, skillsCSV, relations []byte) {
		c, err := esco.Load(fstest.MapFS{
			esco.OccupationsFile: {Data: []byte(occs)},
			esco.SkillsFileUS:    {Data: skillsCSV},
			esco.RelationsFileV1: {Data: relations},
		}, esco.Threshold(0))
		checkResult(t, c, err)
		catalogcheck.RoundTrip(t, c)
	})
}

func FuzzReadHierarchy(f *testing.F) {
	f.Add(readFixture(f, "v1.0/ISCOGroups_en.csv"), readFixture(f, "v1.0/broaderRelationsOccPillar.csv"))
	f.Add([]byte("conceptUri,code,preferredLabel\nu,1,a\nv,1,b\n"), []byte("conceptUri,broaderUri\na,b\nb,a\n"))
	f.Add([]byte("conceptUri,code,preferredLabel\nu,12345,a\n"), []byte("conceptUri,broaderUri\na,a\n"))
	f.Fuzz(func(t *testing.T, groups, broader []byte) {
		h, err := esco.ReadHierarchy(fstest.MapFS{esco.ISCOGroupsFile: {Data: groups}, esco.BroaderFile: {Data: broader}})
		checkResult(t, h, err)
		if err == nil {
			for g := range h.Groups() {
				for range h.Ancestors(g.URI) {
				}
				_, _ = h.ISCOGroup(g.URI)
			}
		}
	})
}

// FuzzReadCrosswalk reads any bytes as a crosswalk and, when they are one,
// joins the small download with it, with and without an O*NET catalog:
// Join either gives a catalog or a *ValidationError, never a panic.
func FuzzReadCrosswalk(f *testing.F) {
	f.Add(readFixture(f, "nesta/"+esco.NestaCrosswalkFile))
	f.Add([]byte("concept_uri,onet_code\nhttp://data.europa.eu/esco/occupation/aa-1,15-1121.00\nhttp://data.europa.eu/esco/occupation/aa-1,15-1122.00\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		x, err := esco.ReadCrosswalk(bytes.NewReader(data), "x.csv")
		checkResult(t, x, err)
		if err != nil {
			return
		}
		c, err := esco.Load(download(occs, skills, rels))
		if err != nil {
			t.Fatal(err)
		}
		for _, onet := range []*rolemodel.Catalog{nil, onetLike(t)} {
			var w esco.Warnings
			j, err := esco.Join(c, onet, x.Inherit(nil), esco.CollectWarnings(&w))
			if err != nil {
				var ve *rolemodel.ValidationError
				if !errors.As(err, &ve) {
					t.Fatalf("Join: %T %v", err, err)
				}
				continue
			}
			catalogcheck.RoundTrip(t, j)
		}
	})
}

// FuzzReadSkillRelations reads any bytes as ESCO's skill-skill relations.
func FuzzReadSkillRelations(f *testing.F) {
	f.Add(readFixture(f, "v1.1.1/"+esco.SkillRelationsFile))
	f.Add([]byte(ssHeader + ssAB + ssAC))
	f.Fuzz(func(t *testing.T, data []byte) {
		var w esco.Warnings
		r, err := esco.ReadSkillRelations(fstest.MapFS{esco.SkillRelationsFile: {Data: data}}, esco.CollectWarnings(&w))
		checkResult(t, r, err)
		if err == nil {
			seen := map[skill.ID]bool{}
			for x := range r.All() {
				for _, id := range []skill.ID{x.Skill, x.Related} {
					if !seen[id] {
						seen[id] = true
						n := len(r.Of(id)) + len(r.To(id))
						if n == 0 {
							t.Fatalf("skill %s has a relation, and Of and To find none", id)
						}
					}
				}
			}
		}
	})
}

// FuzzOpenZips reads any bytes as a zip download and loads what it holds.
func FuzzOpenZips(f *testing.F) {
	f.Add([]byte("PK\x05\x06" + string(make([]byte, 18))))
	f.Add([]byte("not a zip"))
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "esco.zip")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		z, err := esco.OpenZips(path)
		checkResult(t, z, err)
		if err != nil {
			return
		}
		defer z.Close()
		c, err := esco.Load(z, esco.MaxFileSize(1<<20))
		checkResult(t, c, err)
		h, err := esco.ReadHierarchy(z, esco.MaxFileSize(1<<20))
		checkResult(t, h, err)
	})
}
