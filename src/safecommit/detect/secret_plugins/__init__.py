"""Our secret plugins, beside detect-secrets' own: token formats, connection strings, keywords.

Each plugin reads one candidate ``Line`` and yields ``Hit``s; ``values`` decides what is a
placeholder, template, lookup or hash, for every plugin alike.
"""
