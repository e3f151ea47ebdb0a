# corpus: modelled-on=Go+Julia bridge image that ADDs the x64 Julia tarball (pattern from a public golang/julia Dockerfile found via code search) + juliacall env
# corpus: expect=AL301@12,AL403@19
FROM python:3.11-slim-bookworm

ARG JULIA_MINOR=1.10
ARG JULIA_VERSION=1.10.4

RUN apt-get update && apt-get install -y --no-install-recommends \
        build-essential libgfortran5 \
    && rm -rf /var/lib/apt/lists/*

ADD https://julialang-s3.julialang.org/bin/linux/x64/${JULIA_MINOR}/julia-${JULIA_VERSION}-linux-x86_64.tar.gz /tmp/julia.tar.gz
RUN mkdir -p /opt/julia \
    && tar -xzf /tmp/julia.tar.gz -C /opt/julia --strip-components=1 \
    && rm /tmp/julia.tar.gz \
    && ln -s /opt/julia/bin/julia /usr/local/bin/julia

# juliacall needs to find libpython and the system libgfortran
ENV LD_LIBRARY_PATH=/usr/local/lib:/usr/lib/x86_64-linux-gnu \
    JULIA_CPU_TARGET="generic;sandybridge,-xsaveopt,clone_all;haswell,-rdrnd,base(1)" \
    JULIA_PROJECT=/opt/app/jlenv \
    PYTHON_JULIAPKG_OFFLINE=yes

WORKDIR /opt/app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY jlenv/ ./jlenv/
RUN julia -e 'using Pkg; Pkg.instantiate(); Pkg.precompile()'
COPY . .
HEALTHCHECK --interval=30s CMD python -c "import juliacall" || exit 1
CMD ["python", "-m", "solver.api"]
