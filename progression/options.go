package progression

import "github.com/rolemodel/rolemodel"

// DefaultMaxFileSize is the largest file ReadFT and ReadMonzo read unless
// MaxFileSize says otherwise: rolemodel.DefaultMaxFileSize (64 MiB), some two
// thousand times the largest published framework file (the FT's
// engineering.yml, 28 KB).
const DefaultMaxFileSize = rolemodel.DefaultMaxFileSize

// Option changes how ReadFT and ReadMonzo read their input. A nil Option
// is ignored; when one option is given twice, the last wins.
type Option func(*config)

type config struct {
	file    string // names the input in problems
	maxSize int64
	strict  bool // refuse tabs after sequence dashes (Monzo)
}

func newConfig(opts []Option) config {
	c := config{maxSize: DefaultMaxFileSize}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	if c.maxSize <= 0 {
		c.maxSize = DefaultMaxFileSize
	}
	return c
}

// File names the input in the problems an error lists. ReadFT reports
// problems in name (by default in "", since a reader has no name); ReadMonzo
// reports them in name joined with the file's path in its file system (by
// default the path alone, such as "engineering/backend.md").
func File(name string) Option {
	return func(c *config) { c.file = name }
}

// MaxFileSize sets the largest file read, in bytes; a larger file is
// refused with a problem of kind rolemodel.ErrTooLarge before it is read
// whole. Zero or a negative size means DefaultMaxFileSize.
func MaxFileSize(n int64) Option {
	return func(c *config) { c.maxSize = n }
}

// StrictYAML makes ReadMonzo refuse a tab after a sequence dash, as strict
// YAML does, instead of reading it as a space (see "Tabs in Monzo's front
// matter" in the package documentation). A program that checks Monzo files
// before publishing them would set it; ReadFT always reads strict YAML.
func StrictYAML() Option {
	return func(c *config) { c.strict = true }
}
