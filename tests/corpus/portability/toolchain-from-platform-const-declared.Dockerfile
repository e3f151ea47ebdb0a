# corpus: modelled-on=amd64-only images that declare it with the archlint platforms pragma
# corpus: expect=
# archlint: platforms=linux/amd64
FROM --platform=linux/amd64 python:3.11-slim
RUN pip install --no-cache-dir tensorflow==2.15.0
