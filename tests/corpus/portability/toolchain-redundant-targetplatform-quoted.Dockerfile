# corpus: modelled-on=FROM --platform="${TARGETPLATFORM}" in Python images
# corpus: expect=AL202@3
FROM --platform="${TARGETPLATFORM}" python:3.12-slim
RUN pip install --no-cache-dir flask
