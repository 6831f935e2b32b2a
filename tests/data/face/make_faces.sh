#!/bin/sh
# Rebuilds the face crops of this folder from the sample images that Debian's
# opencv-doc package ships (/usr/share/doc/opencv-doc). Each crop is the face
# box that haarcascade_frontalface_default found, grown by a quarter on each
# side, scaled to 160x160. Needs imagemagick and opencv-doc.
set -eu
doc=/usr/share/doc/opencv-doc/opencv4/html
crop() { # name source x y size
    grow=$(( $5 / 4 ))
    x=$(( $3 - grow )); y=$(( $4 - grow )); s=$(( $5 + 2 * grow ))
    [ "$x" -lt 0 ] && x=0; [ "$y" -lt 0 ] && y=0
    convert "$doc/$2" -crop "${s}x${s}+${x}+${y}" +repage -resize 160x160! -quality 92 "$1.jpg"
}
crop woman-a       05.jpg 126 115 300
crop woman-b       12.jpg 114 24 337
crop man-c         227943776_1.jpg 112 95 183
crop man-d         230501201_1.jpg 113 211 375
crop lena          Adding_Trackbars_Tutorial_Result_1.jpg 76 98 92
crop lena-2        faceDetection.png 208 200 192
crop man-e         example.jpg 25 151 348
crop man-e-2       example.jpg 787 158 352
crop mona-lisa     julia_facedetect_sample.jpg 165 150 142
crop lena-3         resimg.jpg 222 174 127
