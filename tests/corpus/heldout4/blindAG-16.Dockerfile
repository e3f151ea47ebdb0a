# corpus: modelled-on=Nuitka-compiled Python service in distroless (nuitka docs "standalone onefile" container recipe)
# corpus: expect=AL206@12,AL202@17
FROM --platform=$BUILDPLATFORM python:3.12-bookworm AS compile
RUN apt-get update \
 && apt-get install -y --no-install-recommends patchelf ccache \
 && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir nuitka==2.1 ordered-set zstandard
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY app ./app
RUN python -m nuitka --standalone --onefile \
      --include-package=app \
      --output-dir=/out --output-filename=webhook \
      app/main.py

FROM --platform=$TARGETPLATFORM gcr.io/distroless/cc-debian12:nonroot
COPY --from=compile /out/webhook /webhook
EXPOSE 8000
USER nonroot
ENTRYPOINT ["/webhook"]
