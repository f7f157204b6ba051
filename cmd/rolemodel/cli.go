package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/bls"
	"github.com/rolemodel/rolemodel/ddat"
	"github.com/rolemodel/rolemodel/esco"
	"github.com/rolemodel/rolemodel/internal/valid"
	"github.com/rolemodel/rolemodel/onet"
	"github.com/rolemodel/rolemodel/progression"
	"github.com/rolemodel/rolemodel/role"
)

// Exit statuses, as documented in doc.go.
const (
	exitOK       = 0 // the command did what was asked
	exitFindings = 1 // problems found, or the input cannot be used
	exitUsage    = 2 // bad command line
)

// command is one subcommand.
type command struct {
	name  string
	args  string // the usage line after the name
	short string // one line for the command list
	long  string // the rest of `rolemodel help NAME`
	json  bool   // the command takes -json
	// opts returns the command's options, whose register adds its own
	// flags and whose run runs it.
	opts func() options
}

// options are a command's own flags and what it does with them.
type options interface {
	register(fs *flag.FlagSet)
	// run runs the command with its flags parsed and its arguments, and
	// returns the exit status.
	run(e *env, c *command, fs *flagSet, args []string) int
}

// exec parses args (flags and arguments in any order; "--" ends the
// flags) and runs the command.
func (c *command) exec(e *env, args []string) int {
	o := c.opts()
	fs := newFlagSet(c.name, e.stderr, c.json)
	o.register(fs.FlagSet)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: rolemodel %s %s\nRun 'rolemodel help %s' for details.\n", c.name, c.args, c.name)
	}
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return exitUsage
		}
		consumed := len(args) - fs.NArg()
		rest := fs.Args()
		if consumed > 0 && args[consumed-1] == "--" {
			positional = append(positional, rest...)
			break
		}
		if len(rest) == 0 {
			break
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
	return o.run(e, c, fs, positional)
}

// commands lists the subcommands in the order `rolemodel help` shows them.
var commands []*command

func init() {
	commands = []*command{
		cmdValidate, cmdPath, cmdReach, cmdGap, cmdPlan, cmdMatch,
		cmdLadder, cmdCompare, cmdPay, cmdExport,
	}
}

// env is what a command writes to.
type env struct {
	stdout, stderr io.Writer
}

// run is the whole command: args are the arguments after the program
// name. It returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	e := &env{stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		return help(e, args[1:])
	}
	for _, c := range commands {
		if c.name == name {
			return c.exec(e, args[1:])
		}
	}
	fmt.Fprintf(stderr, "rolemodel %s: unknown command\nRun 'rolemodel help' for usage.\n", name)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprint(w, `Rolemodel answers questions about job roles and careers, and checks and
exports role catalogs.

Usage:

	rolemodel <command> [flags] [arguments]

The commands are:

`)
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	for _, c := range commands {
		fmt.Fprintf(tw, "\t%s\t%s\n", c.name, c.short)
	}
	tw.Flush()
	fmt.Fprint(w, `
Every command reads the catalog embedded in rolemodel, or the catalogs the
flags name (see 'rolemodel help catalogs').

Use "rolemodel help <command>" for more information about a command.
`)
}

func help(e *env, args []string) int {
	if len(args) == 0 {
		usage(e.stdout)
		return exitOK
	}
	if len(args) > 1 {
		fmt.Fprintf(e.stderr, "usage: rolemodel help command\n\nToo many arguments given.\n")
		return exitUsage
	}
	if args[0] == "catalogs" {
		fmt.Fprint(e.stdout, catalogsHelp)
		return exitOK
	}
	for _, c := range commands {
		if c.name == args[0] {
			printCommandHelp(e.stdout, c)
			return exitOK
		}
	}
	fmt.Fprintf(e.stderr, "rolemodel help %s: unknown help topic. Run 'rolemodel help'.\n", args[0])
	return exitUsage
}

func printCommandHelp(w io.Writer, c *command) {
	fmt.Fprintf(w, "usage: rolemodel %s %s\n\n%s", c.name, c.args, c.long)
	fs := newFlagSet(c.name, w, c.json)
	c.opts().register(fs.FlagSet)
	fmt.Fprintf(w, "\nFlags:\n")
	fs.PrintDefaults()
}

const catalogsHelp = `Every command reads a catalog of roles. By default it is the catalog
embedded in rolemodel: the Technology Director and the 19 roles around it,
built from five published job descriptions.

These flags name other catalogs instead; each may be given more than once,
and the catalogs are joined, in the order given, as rolemodel.Merge joins
them (a role of a later catalog with the ESCO URI or O*NET-SOC code of a
role of the first joins that role; other roles are added):

	-catalog FILE   a catalog file (YAML or JSON), or a folder of them
	-default        the embedded catalog, with the others
	-onet DIR       an O*NET database release, text format (db_29_3_text)
	-esco DIR       ESCO's CSV download (occupations_en.csv, ...)
	-ddat DIR       the UK DDaT capability framework CSV (roles.csv, skills.csv)
	-ft FILE        an FT engineering-progression job-family file (engineering.yml)
	-monzo DIR      the frameworks folder of Monzo's progression framework

Two catalogs that use one ID for different things (two roles "cto", say)
cannot be joined as they are: the command names both definitions. These
flags join them:

	-prefix PREFIX  give every role, family, ladder and grade ID of the
	                catalogs named after it the prefix PREFIX (lower-case
	                letters, digits and hyphens), and their references to
	                them, as rolemodel.PrefixIDs does; it applies to every
	                catalog flag after it, until the next -prefix
	                (-prefix "" ends it)
	-same-as OTHER=BASE
	                the role OTHER of a catalog is the same job as the role
	                BASE of the catalogs named before it: it joins that role
	                instead of being added, as rolemodel.SameAs does. Both
	                are role IDs as their catalogs write them (OTHER without
	                the prefix -prefix gives it); repeatable

For example, to put the UK DDaT framework beside a catalog of one's own
that also has an "enterprise-architect":

	rolemodel ladder -catalog mine.yaml -prefix uk- -ddat DIR
	rolemodel path -catalog mine.yaml -default -same-as cto=our-cto it-manager our-cto

ESCO and O*NET have no ID in common; this flag joins them as esco.Join
does, giving each ESCO occupation the O*NET-SOC code Nesta's crosswalk
links it to, and O*NET's facts (job zone, skill ratings, tasks...) and
moves where the link is one-to-one:

	-crosswalk FILE        Nesta's ESCO to O*NET crosswalk (MIT licence),
	                       with exactly one -esco and one -onet catalog;
	                       its links O*NET lacks are warnings

And these attach U.S. Bureau of Labor Statistics figures to every role of
the joined catalog that has an O*NET-SOC code (package bls):

	-bls-wages FILE        OEWS national wages (national_M2024_dl.xlsx or .csv):
	                       pay percentiles and mean
	-bls-projections FILE  Employment Projections (occupation.xlsx, or its
	                       table 1.2 as CSV): growth, openings, employment

The flaws an importer accepts rather than refuses (ESCO's relations to an
occupation its files lack, say) are written to standard error as
"file:line: warning: column: message", the first 20 and then how many
more; they never change the exit status.

Roles are named by ID ("technology-director"), title or alias in any case
("it director"), or O*NET-SOC code ("11-3021.00").
`

// catalogFlags collects the catalog flags in the order given, and the BLS
// files to attach to the joined catalog.
type catalogFlags struct {
	inputs []input
	// prefix is the -prefix in effect; prefixAt is how many inputs were
	// named before it.
	prefix                   string
	prefixAt                 int
	sameAs                   []sameAs
	blsWages, blsProjections string
	// crosswalk is Nesta's ESCO to O*NET crosswalk file, which joins the
	// -esco catalog with the -onet one (esco.Join).
	crosswalk string
	// warnings are those of the inputs join has read.
	warnings warnings
}

// input is one catalog to read: kind is the flag's name, prefix the
// -prefix in effect where it was named.
type input struct {
	kind, path, prefix string
}

// sameAs is one -same-as pair: role other of a catalog joins role base of
// the catalogs before it.
type sameAs struct {
	other, base role.ID
	used        bool // some join used it
}

func (c *catalogFlags) register(fs *flag.FlagSet) {
	for _, f := range []struct{ name, usage string }{
		{"catalog", "read the catalog `file` (YAML or JSON) or folder; repeatable"},
		{"onet", "read the O*NET release in `dir`"},
		{"esco", "read ESCO's CSV download in `dir`"},
		{"ddat", "read the UK DDaT framework CSV in `dir`"},
		{"ft", "read the FT engineering-progression `file`"},
		{"monzo", "read Monzo's progression frameworks folder `dir`"},
	} {
		fs.Func(f.name, f.usage, func(s string) error {
			if s == "" {
				return errors.New("empty path")
			}
			c.inputs = append(c.inputs, input{f.name, s, c.prefix})
			return nil
		})
	}
	fs.Func("prefix", "give the IDs of the catalogs named after this flag the `prefix` (until the next -prefix)", func(s string) error {
		if s != "" && !valid.IsSlug(s+"x") {
			return fmt.Errorf("%q is not an ID prefix: expected lower-case letters, digits and hyphens", s)
		}
		c.prefix, c.prefixAt = s, len(c.inputs)
		return nil
	})
	fs.Func("same-as", "join role `other=base` of a later catalog to a role of the catalogs before it (role IDs); repeatable", func(s string) error {
		o, b, ok := strings.Cut(s, "=")
		o, b = strings.TrimSpace(o), strings.TrimSpace(b)
		if !ok || o == "" || b == "" {
			return fmt.Errorf("%q is not a pair of role IDs: expected OTHER=BASE", s)
		}
		for _, p := range c.sameAs {
			if p.other == role.ID(o) {
				return fmt.Errorf("role %q is already the same as %q", o, p.base)
			}
		}
		c.sameAs = append(c.sameAs, sameAs{other: role.ID(o), base: role.ID(b)})
		return nil
	})
	fs.StringVar(&c.crosswalk, "crosswalk", "", "join the -esco catalog with the -onet one through Nesta's ESCO to O*NET crosswalk `file` (esco.Join)")
	fs.StringVar(&c.blsWages, "bls-wages", "", "attach the BLS OEWS national wages `file` (.xlsx or .csv) to roles with O*NET-SOC codes")
	fs.StringVar(&c.blsProjections, "bls-projections", "", "attach the BLS employment projections `file` (occupation.xlsx or table 1.2 CSV)")
	fs.BoolFunc("default", "read the embedded catalog too (it is read alone when no catalog flag is given)", func(s string) error {
		if s != "true" {
			return fmt.Errorf("-default takes no value")
		}
		c.inputs = append(c.inputs, input{"default", "", c.prefix})
		return nil
	})
}

// name is how problems and messages name an input.
func (in input) name() string {
	if in.kind == "default" {
		return "the embedded catalog"
	}
	return in.path
}

// warnings are the flaws an importer accepted in an input: the first it
// lists and how many more it counted (esco.Warnings; the other importers
// refuse what they cannot use).
type warnings struct {
	list []rolemodel.Problem
	more int
}

// len returns the number of warnings, listed or not.
func (w warnings) len() int { return len(w.list) + w.more }

// add appends v's warnings.
func (w *warnings) add(v warnings) {
	w.list = append(w.list, v.list...)
	w.more += v.more
}

// maxWarnings is how many warnings a command writes to standard error
// before it counts the rest.
const maxWarnings = 20

// printWarnings writes the first maxWarnings warnings to w, one per line as
// "file:line: warning: column: message" (the form of the compilers that
// editors and CI annotate), then how many more there are.
func printWarnings(w io.Writer, ws warnings) {
	for i, p := range ws.list {
		if i == maxWarnings {
			break
		}
		fmt.Fprintln(w, warningLine(p))
	}
	if n := ws.len() - min(len(ws.list), maxWarnings); n > 0 {
		fmt.Fprintf(w, "(and %s)\n", plural(n, "more warning", "more warnings"))
	}
}

// warningLine writes one warning as "file:line: warning: path: message",
// leaving out what is not known.
func warningLine(p rolemodel.Problem) string {
	var b strings.Builder
	if p.File != "" {
		b.WriteString(p.File)
		if p.Line > 0 {
			fmt.Fprintf(&b, ":%d", p.Line)
		}
		b.WriteString(": ")
	}
	b.WriteString("warning: ")
	if p.Path != "" {
		b.WriteString(p.Path + ": ")
	}
	b.WriteString(p.Message)
	return b.String()
}

// load reads one input; ws are the flaws its importer accepted.
func (in input) load() (cat *rolemodel.Catalog, ws warnings, err error) {
	cat, ws, err = in.read()
	ws.list = inDirProblems(in.path, ws.list)
	return cat, ws, err
}

// read reads one input.
func (in input) read() (*rolemodel.Catalog, warnings, error) {
	switch in.kind {
	case "default":
		return rolemodel.Default(), warnings{}, nil
	case "catalog":
		fi, err := os.Stat(in.path)
		if err != nil {
			return nil, warnings{}, err
		}
		if fi.IsDir() {
			c, err := rolemodel.LoadFS(os.DirFS(in.path))
			return c, warnings{}, inDir(in.path, err)
		}
		c, err := rolemodel.LoadFile(in.path)
		return c, warnings{}, err
	case "onet":
		c, err := onet.LoadDir(in.path)
		return c, warnings{}, inDir(in.path, err)
	case "esco":
		var w esco.Warnings
		c, err := esco.LoadDir(in.path, esco.CollectWarnings(&w))
		return c, warnings{list: w.Problems, more: w.More}, inDir(in.path, err)
	case "ddat":
		c, err := ddat.LoadDir(in.path)
		return c, warnings{}, inDir(in.path, err)
	case "ft":
		f, err := os.Open(in.path)
		if err != nil {
			return nil, warnings{}, err
		}
		defer f.Close()
		c, err := progression.ReadFT(f, progression.File(in.path))
		return c, warnings{}, err
	case "monzo":
		if _, err := os.Stat(in.path); err != nil {
			return nil, warnings{}, err
		}
		c, err := progression.ReadMonzo(os.DirFS(in.path), progression.File(in.path))
		return c, warnings{}, err
	}
	return nil, warnings{}, fmt.Errorf("unknown input kind %q", in.kind)
}

// inDir makes the files of a *rolemodel.ValidationError from a folder
// (LoadFS and the importers name files within it) name the folder too, so
// that an editor finds them.
func inDir(dir string, err error) error {
	var ve *rolemodel.ValidationError
	if !errors.As(err, &ve) {
		return err
	}
	inDirProblems(dir, ve.Problems)
	return err
}

// inDirProblems makes the files of ps, named within folder dir, name the
// folder too, as inDir does; it returns ps. An empty dir changes nothing.
func inDirProblems(dir string, ps []rolemodel.Problem) []rolemodel.Problem {
	if dir == "" {
		return ps
	}
	for i := range ps {
		if f := ps[i].File; f != "" && !filepath.IsAbs(f) && !strings.HasPrefix(f, filepath.Clean(dir)+string(filepath.Separator)) && f != dir {
			ps[i].File = filepath.Join(dir, f)
		}
	}
	return ps
}

// catalog reads and joins the inputs (the embedded catalog without any)
// and attaches the BLS files to the result.
func (c *catalogFlags) catalog() (*rolemodel.Catalog, error) {
	joined, err := c.join()
	if err != nil || (c.blsWages == "" && c.blsProjections == "") {
		return joined, err
	}
	var w *bls.Wages
	var p *bls.Projections
	if c.blsWages != "" {
		if w, err = bls.LoadWages(c.blsWages); err != nil {
			return nil, fmt.Errorf("-bls-wages %s: %w", c.blsWages, err)
		}
	}
	if c.blsProjections != "" {
		if p, err = bls.LoadProjections(c.blsProjections); err != nil {
			return nil, fmt.Errorf("-bls-projections %s: %w", c.blsProjections, err)
		}
	}
	return bls.Attach(joined, w, p)
}

// join reads and joins the inputs; the embedded catalog without any.
func (c *catalogFlags) join() (*rolemodel.Catalog, error) {
	if len(c.inputs) == 0 {
		if err := c.checkJoinFlags(0); err != nil {
			return nil, err
		}
		return rolemodel.Default(), nil
	}
	cats := make([]*rolemodel.Catalog, len(c.inputs))
	for i, in := range c.inputs {
		cat, ws, err := in.load()
		c.warnings.add(ws)
		if err != nil {
			return nil, fmt.Errorf("-%s %s: %w", in.kind, in.name(), err)
		}
		cats[i] = cat
	}
	ins := c.inputs
	if c.crosswalk != "" {
		var err error
		if ins, cats, err = c.joinCrosswalk(ins, cats); err != nil {
			return nil, err
		}
	}
	return c.joinAll(ins, cats)
}

// joinCrosswalk joins the one -esco catalog of cats with the one -onet
// catalog through the -crosswalk file, as esco.Join does: the joined
// catalog takes the -esco input's place, and the -onet input is dropped.
func (c *catalogFlags) joinCrosswalk(ins []input, cats []*rolemodel.Catalog) ([]input, []*rolemodel.Catalog, error) {
	ei, oi, ne, no := -1, -1, 0, 0
	for i, in := range ins {
		switch in.kind {
		case "esco":
			ei, ne = i, ne+1
		case "onet":
			oi, no = i, no+1
		}
	}
	if ne != 1 || no != 1 {
		return nil, nil, fmt.Errorf("-crosswalk %s joins one -esco catalog with one -onet catalog: %s and %s given", c.crosswalk, plural(ne, "-esco", "-esco"), plural(no, "-onet", "-onet"))
	}
	var w esco.Warnings
	x, err := esco.LoadCrosswalk(c.crosswalk, esco.CollectWarnings(&w))
	c.warnings.add(warnings{list: w.Problems, more: w.More})
	if err != nil {
		return nil, nil, fmt.Errorf("-crosswalk %s: %w", c.crosswalk, err)
	}
	joined, err := esco.Join(cats[ei], cats[oi], x, esco.CollectWarnings(&w))
	c.warnings.add(warnings{list: w.Problems, more: w.More})
	if err != nil {
		return nil, nil, fmt.Errorf("-crosswalk %s: %w", c.crosswalk, err)
	}
	outIns := make([]input, 0, len(ins)-1)
	outCats := make([]*rolemodel.Catalog, 0, len(cats)-1)
	for i := range ins {
		switch i {
		case oi:
			continue
		case ei:
			outIns, outCats = append(outIns, ins[i]), append(outCats, joined)
		default:
			outIns, outCats = append(outIns, ins[i]), append(outCats, cats[i])
		}
	}
	return outIns, outCats, nil
}

// checkJoinFlags reports a -prefix that no catalog flag follows, and a
// -same-as with fewer than two catalogs to join (n are given).
func (c *catalogFlags) checkJoinFlags(n int) error {
	if c.prefix != "" && c.prefixAt == len(c.inputs) {
		return fmt.Errorf("-prefix %s applies to no catalog: give it before the catalog flags whose IDs it prefixes", c.prefix)
	}
	if len(c.sameAs) > 0 && n < 2 {
		return fmt.Errorf("-same-as %s=%s joins two catalogs, but %s given", c.sameAs[0].other, c.sameAs[0].base, plural(n, "catalog is", "catalogs are"))
	}
	return nil
}

// joinAll joins cats, read from ins, in order, as rolemodel.Merge does:
// each with the prefix of its input (the first too, on its own), and the
// -same-as pairs whose OTHER it has and whose BASE the catalogs before it
// have. A pair no join used is an error.
func (c *catalogFlags) joinAll(ins []input, cats []*rolemodel.Catalog) (*rolemodel.Catalog, error) {
	if err := c.checkJoinFlags(len(cats)); err != nil {
		return nil, err
	}
	var joined *rolemodel.Catalog
	for i, cat := range cats {
		in := ins[i]
		var opts []rolemodel.MergeOption
		if in.prefix != "" {
			opts = append(opts, rolemodel.PrefixIDs(in.prefix))
		}
		if i == 0 && in.prefix == "" {
			joined = cat
			continue
		}
		pairs := map[role.ID]role.ID{}
		for k := range c.sameAs {
			if i == 0 {
				break
			}
			p := &c.sameAs[k]
			_, inOther := cat.Role(p.other)
			_, inBase := joined.Role(p.base)
			if inOther && inBase {
				pairs[p.other], p.used = p.base, true
			}
		}
		if len(pairs) > 0 {
			opts = append(opts, rolemodel.SameAs(pairs))
		}
		var err error
		if joined, err = rolemodel.Merge(joined, cat, opts...); err != nil {
			err = fmt.Errorf("joining -%s %s: %w", in.kind, in.name(), err)
			if sharedID(err) {
				return nil, &hintError{err, "To join catalogs that share IDs, give one -same-as OTHER=BASE for each role that is the same job, or -prefix PREFIX before the catalog flag to keep them apart (see 'rolemodel help catalogs')."}
			}
			return nil, err
		}
	}
	for _, p := range c.sameAs {
		if !p.used {
			return nil, fmt.Errorf("-same-as %s=%s joins nothing: expected a catalog with role %q named after catalogs with role %q", p.other, p.base, p.other, p.base)
		}
	}
	return joined, nil
}

// sharedID reports whether err, from rolemodel.Merge, is of an ID both
// catalogs define differently: what -same-as and -prefix are for.
func sharedID(err error) bool {
	var ve *rolemodel.ValidationError
	if !errors.As(err, &ve) {
		return false
	}
	for _, p := range ve.Problems {
		if errors.Is(p.Kind, rolemodel.ErrDuplicate) && strings.HasPrefix(p.Message, "both catalogs define ") {
			return true
		}
	}
	return false
}

// hintError is an error with a sentence on what to do about it, which
// fail writes on a line of its own after the error.
type hintError struct {
	err  error
	hint string
}

func (e *hintError) Error() string { return e.err.Error() }
func (e *hintError) Unwrap() error { return e.err }

// flagSet returns a flag set for command name with the catalog flags and,
// for query commands, -json.
type flagSet struct {
	*flag.FlagSet
	cat  catalogFlags
	json bool
}

// catalog reads the catalog the flags name, as catalogFlags.catalog does,
// and writes the warnings of its inputs to e's standard error (see
// printWarnings), whatever the outcome: they never change the exit status.
func (fs *flagSet) catalog(e *env) (*rolemodel.Catalog, error) {
	cat, err := fs.cat.catalog()
	printWarnings(e.stderr, fs.cat.warnings)
	return cat, err
}

func newFlagSet(name string, out io.Writer, withJSON bool) *flagSet {
	fs := &flagSet{FlagSet: flag.NewFlagSet("rolemodel "+name, flag.ContinueOnError)}
	fs.SetOutput(out)
	fs.cat.register(fs.FlagSet)
	if withJSON {
		fs.BoolVar(&fs.json, "json", false, "write JSON for programs instead of text for people")
	}
	return fs
}

// usageError reports a bad command line and returns exitUsage.
func usageError(e *env, c *command, format string, args ...any) int {
	fmt.Fprintf(e.stderr, "rolemodel %s: %s\nusage: rolemodel %s %s\nRun 'rolemodel help %s' for details.\n", c.name, fmt.Sprintf(format, args...), c.name, c.args, c.name)
	return exitUsage
}

// fail reports an error that is not a usage error and returns
// exitFindings. A catalog's problems come one per line (a
// ValidationError's Error is one line, for logs).
func fail(e *env, c *command, err error) int {
	msg := err.Error()
	var ve *rolemodel.ValidationError
	if errors.As(err, &ve) && len(ve.Problems) > 1 && strings.HasSuffix(msg, ve.Error()) {
		head := "invalid catalog"
		if !errors.Is(ve, rolemodel.ErrInvalid) {
			head = "cannot read the input"
		}
		var b strings.Builder
		b.WriteString(strings.TrimSuffix(msg, ve.Error()))
		fmt.Fprintf(&b, "rolemodel: %s: %d problems:", head, len(ve.Problems)+ve.More)
		for _, p := range ve.Problems {
			b.WriteString("\n\t")
			b.WriteString(p.String())
		}
		if ve.More > 0 {
			fmt.Fprintf(&b, "\n\t(and %d more, not listed)", ve.More)
		}
		msg = b.String()
	}
	msg = strings.ReplaceAll(msg, ": rolemodel: ", ": ")
	fmt.Fprintf(e.stderr, "rolemodel %s: %s\n", c.name, strings.TrimPrefix(msg, "rolemodel: "))
	var h *hintError
	if errors.As(err, &h) {
		fmt.Fprintln(e.stderr, h.hint)
	}
	return exitFindings
}

// resolve finds a role by ID, title or alias, or O*NET-SOC code.
func resolve(c *rolemodel.Catalog, name string) (role.Role, error) {
	if r, ok := c.Role(role.ID(name)); ok {
		return r, nil
	}
	r, err := c.Find(name)
	if err == nil {
		return r, nil
	}
	var unknown *rolemodel.UnknownTitleError
	if errors.As(err, &unknown) {
		var byCode []role.Role
		for x := range c.Roles() {
			if x.Codes.ONetSOC != "" && x.Codes.ONetSOC == name {
				byCode = append(byCode, x)
			}
		}
		if len(byCode) == 1 {
			return byCode[0], nil
		}
	}
	return role.Role{}, err
}

// resolveAll resolves names, stopping at the first that fails.
func resolveAll(c *rolemodel.Catalog, names ...string) ([]role.Role, error) {
	rs := make([]role.Role, len(names))
	for i, n := range names {
		r, err := resolve(c, n)
		if err != nil {
			return nil, err
		}
		rs[i] = r
	}
	return rs, nil
}

// writeJSON writes v indented, with a final newline.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// table returns a tabwriter for aligned columns of text; lines lose the
// spaces padding an empty last column.
func table(w io.Writer) *tabwriter.Writer {
	return tabwriter.NewWriter(&trimWriter{w: w}, 0, 8, 2, ' ', 0)
}

// trimWriter removes spaces before each line break. It holds back the
// text after the last line break until the next write; the tables end
// every line, so nothing is held back after a Flush.
type trimWriter struct {
	w       io.Writer
	pending []byte
}

func (t *trimWriter) Write(p []byte) (int, error) {
	t.pending = append(t.pending, p...)
	i := bytes.LastIndexByte(t.pending, '\n')
	if i < 0 {
		return len(p), nil
	}
	var b bytes.Buffer
	for _, l := range bytes.SplitAfter(t.pending[:i+1], []byte("\n")) {
		if len(l) > 0 {
			b.Write(bytes.TrimRight(l[:len(l)-1], " "))
			b.WriteByte('\n')
		}
	}
	t.pending = append(t.pending[:0], t.pending[i+1:]...)
	if _, err := t.w.Write(b.Bytes()); err != nil {
		return 0, err
	}
	return len(p), nil
}

// ref is a role in JSON output: its ID and title.
type ref struct {
	ID    role.ID `json:"id"`
	Title string  `json:"title"`
}

func refOf(c *rolemodel.Catalog, id role.ID) ref {
	return ref{ID: id, Title: c.Graph().Title(id)}
}

// plural returns "1 move" or "2 moves".
func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// names joins up to max names, with "and N more".
func names(ns []string, max int) string {
	if len(ns) <= max {
		return strings.Join(ns, ", ")
	}
	return strings.Join(ns[:max], ", ") + fmt.Sprintf(" and %d more", len(ns)-max)
}
