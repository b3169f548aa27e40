/** Lets the browser save `text` as a file (an export the API returned in its answer). */
export function downloadText(filename: string, contentType: string, text: string): void {
	const url = URL.createObjectURL(new Blob([text], { type: contentType }));
	try {
		const link = document.createElement('a');
		link.href = url;
		link.download = filename;
		link.style.display = 'none';
		document.body.append(link);
		link.click();
		link.remove();
	} finally {
		// Revoked after the click has been handled; the download keeps its own copy.
		setTimeout(() => URL.revokeObjectURL(url), 0);
	}
}
