//go:build tools

package minipy

import (
	_ "github.com/alecthomas/participle/v2"
	_ "github.com/chzyer/readline"
)
