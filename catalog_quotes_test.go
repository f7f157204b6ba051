package rolemodel_test

// The default catalog checked against the documents it cites. The five job
// descriptions are read from ../shared/seeds (plain text, one document a
// file, named by no rule): each catalog source is matched to its file by
// its title, a line of the file, and the one source without a title to the
// one file no title matches. The tests skip when the folder is absent.
//
// Text is compared after normalize: typographic quotes and apostrophes as
// ASCII ones, markdown link markup and escapes dropped (the untitled
// article is stored as markdown), list bullets dropped and white space
// collapsed. Nothing else is forgiven: a quote must be the source's words,
// in its case.
//
// This file reads the catalog by reflection only, so that it runs on an
// older tree too and counts the faults there.

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
)

const seedDir = "../shared/seeds"

// seedDoc is one source document as the tests read it.
type seedDoc struct {
	id    string   // the catalog source it is
	file  string   // its file in seedDir
	text  string   // normalized
	items []string // its list items, normalized, in order
}

var (
	mdLink   = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	mdEscape = regexp.MustCompile(`\\+([$()\[\]*_#.+-])`)
	mdBold   = regexp.MustCompile(`\*\*([^*]+)\*\*`)
	listItem = regexp.MustCompile(`^\s*(?:•|-|\d+\.)\s+(.+)$`)
)

// unmark drops the markdown of the untitled article (links, escapes,
// bold), keeping the words.
func unmark(s string) string {
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdBold.ReplaceAllString(s, "$1")
	return mdEscape.ReplaceAllString(s, "$1")
}

var typographic = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "\u00a0", " ")

// normalize returns s with typographic quotes and apostrophes as ASCII
// ones, list bullets dropped and runs of white space as one space.
func normalize(s string) string {
	s = typographic.Replace(s)
	s = strings.ReplaceAll(s, "•", " ")
	return strings.Join(strings.Fields(s), " ")
}

// fold is normalize in lower case with hyphens as spaces, for names and
// labels ("critical-thinking" names Critical Thinking).
func fold(s string) string {
	return normalize(strings.ReplaceAll(strings.ToLower(s), "-", " "))
}

// hasPhrase reports whether phrase occurs in text as whole words: not
// inside a longer word. Both are compared as given.
func hasPhrase(text, phrase string) bool {
	return phraseAt(text, phrase, 0) >= 0
}

// phraseAt returns the offset of the first whole-word occurrence of phrase
// in text at or after from, or -1.
func phraseAt(text, phrase string, from int) int {
	if phrase == "" {
		return -1
	}
	for i := from; i <= len(text); {
		k := strings.Index(text[i:], phrase)
		if k < 0 {
			return -1
		}
		at := i + k
		before, _ := utf8.DecodeLastRuneInString(text[:at])
		after, _ := utf8.DecodeRuneInString(text[at+len(phrase):])
		if !isWordRune(before) && !isWordRune(after) {
			return at
		}
		i = at + 1
	}
	return -1
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// caseMatters reports whether a name is matched in its case: a one-word
// acronym or short or mixed-case name ("Go", "SaaS", "IaC", "DevOps"),
// which in lower case could match an ordinary word. Names of several words
// ("IT Director", "SOC 2") are matched in any case.
func caseMatters(name string) bool {
	if strings.ContainsAny(name, " -") {
		return false
	}
	if utf8.RuneCountInString(name) <= 4 {
		return true
	}
	prev := ' '
	for _, r := range name {
		if unicode.IsUpper(r) && unicode.IsLetter(prev) {
			return true // inside a word: "DevOps", "NoSQL"
		}
		prev = r
	}
	return false
}

// names reports whether text names name: as whole words, folded unless
// the name's case matters.
func names(text, name string) bool {
	if caseMatters(name) {
		return hasPhrase(normalize(text), normalize(name))
	}
	return hasPhrase(fold(text), fold(name))
}

// loadSeeds reads the seed documents and matches each to its catalog
// source, or skips the test when they are absent.
func loadSeeds(t *testing.T) map[string]*seedDoc {
	t.Helper()
	if _, err := os.Stat(seedDir); err != nil {
		t.Skipf("%s not found (%v): the five job descriptions the default catalog cites are needed to check it against them", seedDir, err)
	}
	files, err := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	require.NoError(t, err)
	if len(files) == 0 {
		t.Skipf("%s holds no .txt documents: the five job descriptions the default catalog cites are needed to check it against them", seedDir)
	}
	type doc struct {
		raw   string
		lines map[string]bool
	}
	docs := map[string]*doc{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		d := &doc{raw: unmark(string(b)), lines: map[string]bool{}}
		for _, l := range strings.Split(d.raw, "\n") {
			d.lines[normalize(l)] = true
		}
		docs[f] = d
	}
	out := map[string]*seedDoc{}
	claimed := map[string]string{}
	var untitled []string
	for s := range rolemodel.Default().Sources() {
		if s.URL != "" {
			continue // public data cited by its address, not a seed document
		}
		if strings.HasPrefix(s.Title, "Untitled") {
			untitled = append(untitled, s.ID)
			continue
		}
		var hits []string
		for f, d := range docs {
			if d.lines[normalize(s.Title)] {
				hits = append(hits, f)
			}
		}
		require.Len(t, hits, 1, "source %s: its title %q should be a line of exactly one file in %s", s.ID, s.Title, seedDir)
		claimed[hits[0]] = s.ID
		out[s.ID] = newSeedDoc(s.ID, hits[0], docs[hits[0]].raw)
	}
	var left []string
	for f := range docs {
		if _, ok := claimed[f]; !ok {
			left = append(left, f)
		}
	}
	require.Len(t, untitled, len(left), "the untitled sources %v are matched to the files no title matches, %v: there must be as many of each", untitled, left)
	if len(untitled) > 1 {
		t.Fatalf("%d untitled sources: which file is which cannot be told", len(untitled))
	}
	if len(untitled) == 1 {
		out[untitled[0]] = newSeedDoc(untitled[0], left[0], docs[left[0]].raw)
	}
	return out
}

// readSeedFile returns the text of a file of seedDir.
func readSeedFile(name string) (string, error) {
	b, err := os.ReadFile(filepath.Join(seedDir, name))
	return string(b), err
}

func newSeedDoc(id, file, raw string) *seedDoc {
	d := &seedDoc{id: id, file: filepath.Base(file), text: normalize(raw)}
	for _, l := range strings.Split(raw, "\n") {
		if m := listItem.FindStringSubmatch(l); m != nil {
			d.items = append(d.items, normalize(m[1]))
		}
	}
	return d
}

// fieldClass says how the tests check a text field of the catalog model.
type fieldClass int

const (
	unclassified fieldClass = iota
	quoteField              // the cited sources' words, verbatim: in every source it cites
	labelField              // a heading, label or term of every source it cites, in any case
	nameField               // a name at least one source it cites uses (roles: see name_sources)
	noteField               // the catalog's words; what it puts in "double quotes" is a source's
	ownField                // not text from a source: IDs, codes, enumerations, the catalog's own terms
)

// fieldClasses classifies every text field of the model, by Go type name
// and JSON name. A field added to the model later fails
// TestEveryTextFieldIsClassified until it is given a class here.
var fieldClasses = map[string]fieldClass{
	"Statement.text":            quoteField,
	"Responsibility.text":       quoteField,
	"Requirement.text":          quoteField,
	"Quote.text":                quoteField,
	"CertificationRef.text":     quoteField,
	"Education.text":            quoteField,
	"Experience.text":           quoteField,
	"Salary.text":               quoteField,
	"Outlook.text":              quoteField,
	"Industry.note":             quoteField, // the default catalog quotes what a source says of the sector
	"Skill.description":         quoteField,
	"Certification.description": quoteField,

	"Responsibility.area":  labelField,
	"Education.fields":     labelField,
	"Qualification.name":   labelField,
	"Outlook.scope":        labelField,
	"Industry.name":        labelField,
	"Certification.issuer": labelField,
	"Requirement.label":    labelField,
	"Source.author":        labelField,
	"Source.publisher":     labelField,

	"Role.title":            nameField,
	"Role.aliases":          nameField,
	"NameSource.name":       nameField,
	"Skill.name":            nameField,
	"Skill.aliases":         nameField,
	"Certification.name":    nameField,
	"Certification.acronym": nameField,
	"Source.title":          nameField,

	"Salary.note":         noteField,
	"Responsibility.note": noteField,
	"Education.note":      noteField,
	"Experience.note":     noteField,
	"Outlook.note":        noteField,
	"NameSource.note":     noteField,
	"Skill.note":          noteField,
	"Certification.note":  noteField,
	"Source.note":         noteField,
	"Codes.note":          noteField,

	"Role.id": ownField, "Role.family": ownField, "Role.ladder": ownField, "Role.grade": ownField,
	"Role.sources": ownField, "Skill.id": ownField, "Skill.category": ownField, "Skill.sources": ownField,
	"Skill.description_sources": ownField, "Certification.id": ownField, "Certification.sources": ownField,
	"Evidence.skill": ownField, "Requirement.skill": ownField, "Requirement.sources": ownField,
	"Quote.sources": ownField, "CertificationRef.certification": ownField, "CertificationRef.sources": ownField,
	"Statement.sources": ownField, "Responsibility.sources": ownField, "Education.sources": ownField,
	"Experience.sources": ownField, "Salary.region": ownField, "Salary.sources": ownField,
	"Outlook.region": ownField, "Outlook.sources": ownField,
	"Outlook.typical_education": labelField, "Outlook.work_experience": labelField, "Outlook.training": labelField, "Qualifier.figure": ownField,
	"Qualifier.word":   ownField, // checked against the entry's text by TestOutlookFiguresKeepTheirQualifiers
	"Industry.sources": ownField, "Codes.onet_soc": ownField, "Codes.isco_08": ownField, "Codes.esco": ownField,
	"Codes.sources": ownField, "Ref.role": ownField, "Ref.sources": ownField, "Move.to": ownField,
	"Move.kind": ownField, "Move.sources": ownField, "NameSource.sources": ownField,
	"Source.id": ownField, "Source.published": ownField, "Source.url": ownField, "Source.license": ownField,
	"Codes.esco_code": ownField,

	// Imported from O*NET: a product's name and category, a survey's
	// category; IDs, codes and sources are the catalog's own.
	"Technology.name":     nameField,
	"Technology.category": labelField,
	"Share.category":      labelField,
	"Responsibility.id":   ownField, "Technology.category_code": ownField, "Technology.sources": ownField,
	"Interests.high_point": ownField, "Interests.sources": ownField,
}

// textFields calls f for every string or []string field reachable from t.
func textFields(t reflect.Type, seen map[reflect.Type]bool, f func(owner reflect.Type, json string)) {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || seen[t] {
		return
	}
	seen[t] = true
	for i := range t.NumField() {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		ft := sf.Type
		if ft.Kind() == reflect.String || ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.String {
			if _, isText := reflect.New(ft).Interface().(interface{ UnmarshalText([]byte) error }); !isText {
				f(t, name)
			}
			continue
		}
		textFields(ft, seen, f)
	}
}

// catalogValues returns the default catalog's sources, skills,
// certifications and roles, each with the path a failure names.
func catalogValues() []struct {
	path string
	v    reflect.Value
} {
	var out []struct {
		path string
		v    reflect.Value
	}
	add := func(p string, v any) {
		out = append(out, struct {
			path string
			v    reflect.Value
		}{p, reflect.ValueOf(v)})
	}
	c := rolemodel.Default()
	for s := range c.Sources() {
		add("sources["+s.ID+"]", s)
	}
	for s := range c.Skills() {
		add("skills["+string(s.ID)+"]", s)
	}
	for s := range c.Certifications() {
		add("certifications["+string(s.ID)+"]", s)
	}
	for r := range c.Roles() {
		add("roles["+string(r.ID)+"]", r)
	}
	return out
}

func TestEveryTextFieldIsClassified(t *testing.T) {
	seen := map[reflect.Type]bool{}
	for _, cv := range catalogValues() {
		textFields(cv.v.Type(), seen, func(owner reflect.Type, json string) {
			key := owner.Name() + "." + json
			assert.NotEqual(t, unclassified, fieldClasses[key], "%s: a text field the catalog tests do not check: give it a class in fieldClasses", key)
		})
	}
}

// textUse is one text of the catalog with the sources it is checked against.
type textUse struct {
	path    string
	key     string // Type.json
	text    string
	sources []string
}

// catalogTexts returns every non-empty text field of the default catalog,
// each with the sources of its entry: the entry's own "sources", or its
// parent's where it has none (a Qualification is its Education's). A
// skill's description is checked against its description_sources where it
// has them. A source's own fields are checked against that source.
func catalogTexts() []textUse {
	var out []textUse
	var walk func(v reflect.Value, path string, inherited []string)
	walk = func(v reflect.Value, path string, inherited []string) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem(), path, inherited)
			}
			return
		case reflect.Slice:
			if v.Type().Elem().Kind() == reflect.String {
				return
			}
			for i := range v.Len() {
				walk(v.Index(i), fmt.Sprintf("%s[%d]", path, i), inherited)
			}
			return
		case reflect.Struct:
		default:
			return
		}
		t := v.Type()
		own := inherited
		var descSources []string
		for i := range t.NumField() {
			name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
			fv := v.Field(i)
			if fv.Kind() != reflect.Slice || fv.Type().Elem().Kind() != reflect.String {
				continue
			}
			switch name {
			case "sources":
				if fv.Len() > 0 {
					own = fv.Interface().([]string)
				}
			case "description_sources":
				descSources = fv.Interface().([]string)
			}
		}
		if t.Name() == "Source" {
			own = []string{v.FieldByName("ID").String()}
		}
		for i := range t.NumField() {
			sf := t.Field(i)
			if !sf.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
			fv := v.Field(i)
			key := t.Name() + "." + name
			srcs := own
			if key == "Skill.description" && len(descSources) > 0 {
				srcs = descSources
			}
			switch {
			case fv.Kind() == reflect.String && fv.String() != "":
				if _, isText := fv.Interface().(interface{ MarshalText() ([]byte, error) }); !isText {
					out = append(out, textUse{path + "." + name, key, fv.String(), srcs})
				}
			case fv.Kind() == reflect.Slice && fv.Type().Elem().Kind() == reflect.String:
				for k := range fv.Len() {
					out = append(out, textUse{fmt.Sprintf("%s.%s[%d]", path, name, k), key, fv.Index(k).String(), srcs})
				}
			default:
				walk(fv, path+"."+name, own)
			}
		}
	}
	for _, cv := range catalogValues() {
		walk(cv.v, cv.path, nil)
	}
	return out
}

// quotedIn returns what s puts in double quotes, normalized: the text
// between the first and second quote mark, the third and fourth, and so
// on. Single characters ("$") are left out.
func quotedIn(s string) []string {
	parts := strings.Split(normalize(s), `"`)
	var out []string
	for i := 1; i < len(parts)-1; i += 2 {
		if utf8.RuneCountInString(parts[i]) > 1 {
			out = append(out, parts[i])
		}
	}
	return out
}

// sourceIDsIn returns the IDs of the seed sources a note names.
func sourceIDsIn(note string, seeds map[string]*seedDoc) []string {
	var out []string
	for id := range seeds {
		if strings.Contains(note, id) {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out
}

func cut(s string) string {
	if len(s) > 90 {
		i := 80
		for i > 0 && !utf8.RuneStart(s[i]) {
			i--
		}
		return s[:i] + "…"
	}
	return s
}

// quoteFaults checks every text of the default catalog against the seeds
// its entry cites, by its field class, and returns the faults by class.
func quoteFaults(seeds map[string]*seedDoc) map[fieldClass][]string {
	faults := map[fieldClass][]string{}
	fail := func(c fieldClass, u textUse, format string, args ...any) {
		faults[c] = append(faults[c], fmt.Sprintf("%s %q: ", u.path, cut(u.text))+fmt.Sprintf(format, args...))
	}
	for _, u := range catalogTexts() {
		class := fieldClasses[u.key]
		var cited []*seedDoc
		for _, id := range u.sources {
			if d, ok := seeds[id]; ok {
				cited = append(cited, d)
			}
		}
		switch class {
		case quoteField:
			for _, d := range cited {
				if !strings.Contains(d.text, normalize(u.text)) {
					fail(class, u, "is cited to %s, which does not say it", d.id)
				}
			}
		case labelField:
			for _, d := range cited {
				if !hasPhrase(fold(d.text), fold(u.text)) {
					fail(class, u, "is cited to %s, which does not use it", d.id)
				}
			}
		case nameField:
			if u.key == "Role.title" || u.key == "Role.aliases" || u.key == "NameSource.name" || u.key == "Source.title" {
				continue // TestRoleNamesCiteTheirSources; sources are matched by title
			}
			if len(cited) > 0 && !slices.ContainsFunc(cited, func(d *seedDoc) bool { return names(d.text, u.text) }) {
				fail(class, u, "no source it cites (%s) uses the name", strings.Join(u.sources, ", "))
			}
		case noteField:
			docs := cited
			for _, id := range sourceIDsIn(u.text, seeds) {
				if !slices.Contains(docs, seeds[id]) {
					docs = append(docs, seeds[id])
				}
			}
			if len(docs) == 0 {
				continue // a note on public data, not on the seeds
			}
			for _, q := range quotedIn(u.text) {
				if !slices.ContainsFunc(docs, func(d *seedDoc) bool { return strings.Contains(d.text, q) }) {
					fail(class, u, "quotes %q, which no source it cites or names says", cut(q))
				}
			}
		}
	}
	return faults
}

var classNames = map[fieldClass]string{quoteField: "quotes", labelField: "labels", nameField: "names", noteField: "quotes in notes"}

// TestCatalogQuotesAreTheirSourcesWords checks every quoted field of the
// default catalog against the documents it cites: a quote is in every
// source it cites, a label or term is used by every source it cites, a
// name by at least one, and the words a note puts in double quotes are in a
// source the entry cites or the note names.
func TestCatalogQuotesAreTheirSourcesWords(t *testing.T) {
	seeds := loadSeeds(t)
	faults := quoteFaults(seeds)
	for _, c := range []fieldClass{quoteField, labelField, nameField, noteField} {
		t.Logf("%s not in the sources they cite: %d", classNames[c], len(faults[c]))
		for _, f := range faults[c] {
			t.Error(f)
		}
	}
	n := 0
	for _, u := range catalogTexts() {
		if c := fieldClasses[u.key]; c == quoteField {
			n++
		}
	}
	t.Logf("quoted texts checked: %d", n)
}
