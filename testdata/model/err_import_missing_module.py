import collections
import requestz
