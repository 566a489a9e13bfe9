# sys.version_info behaves as the tuple it is: indexing, slicing, comparing.
import sys

print(sys.version_info[:2], sys.version_info[0], sys.version_info.major)
print(sys.version_info >= (3, 8), len(sys.version_info), list(sys.version_info[:2]))
major, minor, *rest = sys.version_info
print(major, minor, rest)
